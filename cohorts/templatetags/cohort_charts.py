"""Inline SVG helpers: colours and bar lengths computed here so templates stay plain."""

from django import template

register = template.Library()

# Light to dark blue, 11 steps; text switches to white past the middle so it stays readable (contrast ≥ 4.5).
_FILLS = [
    "#f3f7fb",
    "#dde9f5",
    "#c6dbef",
    "#a8c8e6",
    "#8ab4dc",
    "#6a9fd1",
    "#4d89c4",
    "#3574b4",
    "#1f5fa0",
    "#124b87",
    "#0a376b",
]


@register.filter
def heat_fill(share: float) -> str:
    return _FILLS[max(0, min(10, round((share or 0) * 10)))]


@register.filter
def heat_text(share: float) -> str:
    return "#ffffff" if (share or 0) >= 0.55 else "#1b1f24"


@register.simple_tag
def bar_width(value, total, full=200) -> int:
    try:
        return round(full * float(value) / float(total)) if total else 0
    except (TypeError, ValueError):
        return 0


@register.simple_tag
def svg_x(index, width, gap=4) -> int:
    return index * (width + gap)
