from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from portfolio.selectors import person_label

register = template.Library()


@register.filter
def person(user) -> str:
    """A person's name, or "a former member" for an account that was erased or deleted."""
    return person_label(user)


@register.filter
def on_2g(size: int) -> str:
    """About how long a file takes over 2G (ADR 0200: 400 kbit/s), so a teacher chooses before a download starts."""
    seconds = max(1, round((size or 0) * 8 / 400_000))
    minutes = round(seconds / 60)
    if minutes >= 1:
        return _("%(size)s, about %(n)d min on 2G") % {"size": filesizeformat(size), "n": minutes}
    return _("%(size)s, about %(n)d s on 2G") % {"size": filesizeformat(size), "n": seconds}
