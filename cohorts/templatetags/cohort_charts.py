"""Chart helpers: a heatmap cell's colour step and bar lengths, computed here so templates stay plain.

Colours live in cohorts.css (.heat-0 … .heat-10): the CSP allows no inline styles, and text set in HTML keeps the
page's size and direction on a phone, which SVG text scaled down with its drawing does not.
"""

from django import template

register = template.Library()


@register.filter
def heat_step(share: float) -> int:
    """0–10: the CSS class (.heat-N) of a heatmap cell for a share between 0 and 1."""
    return max(0, min(10, round((share or 0) * 10)))


@register.simple_tag
def bar_width(value, total, full=200) -> int:
    try:
        return round(full * float(value) / float(total)) if total else 0
    except (TypeError, ValueError):
        return 0


@register.filter
def funnel_stages(row) -> list[tuple[str, int, str]]:
    """(label, count, bar colour) for each stage of a module's funnel, in order."""
    from django.utils.translation import gettext as _

    return [
        (_("Enrolled"), row.enrolled, "#3574b4"),
        (_("Started"), row.started, "#3574b4"),
        (_("Lessons done"), row.lessons_done, "#1f5fa0"),
        (_("Attempted"), row.attempted, "#124b87"),
        (_("Passed"), row.passed, "#1d6b32"),
    ]
