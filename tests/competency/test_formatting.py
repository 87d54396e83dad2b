from decimal import Decimal

from django.template import Context, Template
from django.utils import translation


def _render(value, digits=None, language="en") -> str:
    expr = "value|percent" if digits is None else f"value|percent:{digits}"
    with translation.override(language):
        return Template("{% load formatting %}{{ " + expr + " }}").render(Context({"value": value}))


def test_percent_uses_the_languages_decimal_separator():
    assert _render(Decimal("87.5"), 1) == "87.5 %"
    assert _render(Decimal("87.5"), 1, "fr").replace("\u202f", " ").replace("\xa0", " ").startswith("87,5")


def test_percent_rounds_and_tolerates_empty_values():
    assert _render(Decimal("79.6")) == "80 %"
    assert _render(None) == ""
    assert _render("n/a") == "n/a"
