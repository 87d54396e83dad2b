"""Site navigation entries for the people who have reports to read."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from ..permissions import can_manage_cohorts, overview_scope

register = template.Library()


@register.simple_tag(takes_context=True)
def cohort_nav_items(context) -> list[dict]:
    user = context.get("user")
    if user is None or not user.is_authenticated:
        return []
    items = []
    if can_manage_cohorts(user):
        items.append({"url": reverse("cohorts:list"), "label": _("Cohorts")})
    if overview_scope(user=user) is not None:
        items.append({"url": reverse("cohorts:overview"), "label": _("Programme overview")})
    return items
