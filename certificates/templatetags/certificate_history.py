"""The verify page's history links, read where they are shown so the view stays as lean as it is (ADR 0113)."""

from django import template

from certificates.selectors import certificate_history

register = template.Library()


@register.inclusion_tag("certificates/_history.html", takes_context=True)
def certificate_history_links(context, certificate):
    """Links back to the certificates this one replaced and forward to those that replaced it: no query when the
    page's lookup read them already (`history_others`, ADR 0130), one otherwise."""
    others = context.get("history_others")
    return {"certificate": certificate, **certificate_history(certificate=certificate, others=others)}
