"""The verify page's history links, read where they are shown so the view stays as lean as it is (ADR 0113)."""

from django import template

from certificates.selectors import certificate_history

register = template.Library()


@register.inclusion_tag("certificates/_history.html")
def certificate_history_links(certificate):
    """Links back to the certificates this one replaced and forward to those that replaced it: one query."""
    return {"certificate": certificate, **certificate_history(certificate=certificate)}
