"""`{{ "2026-12-03T10:00:00+00:00"|iso_date|date:"DATE_FORMAT" }}`: snapshot dates are ISO text, shown localised."""

from datetime import date, datetime

from django import template

register = template.Library()


@register.filter
def iso_date(value) -> date | str:
    if not isinstance(value, str) or not value:
        return ""
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return value[:10]
