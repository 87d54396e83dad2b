"""Numbers as a reader of the active language expects them: `{{ score|percent }}` gives "80 %", "80 %", "80٪"."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def percent(value, digits: int = 0) -> str:
    """A share already in percent (80, not 0.8), rounded to `digits` places, with the language's own sign."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    rounded = round(number, int(digits))
    # Translators: a percentage; keep %(number)s and write the percent sign as your language does ("%%" is "%").
    return _("%(number)s %%") % {"number": number_format(rounded, int(digits), use_l10n=True)}
