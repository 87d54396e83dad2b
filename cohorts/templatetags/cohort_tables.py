"""Table bodies of the programme overview, written in Python: grouped by school it has thousands of cells, and a
template loop over them cost more than the page budget (bench/reports.py). The markup is what the loop made."""

from html import escape

from django import template
from django.utils.formats import localize
from django.utils.safestring import mark_safe

register = template.Library()


def _text(value) -> str:
    return escape(value if isinstance(value, str) else str(localize(value)))


@register.simple_tag
def report_rows(rows: list[dict]) -> str:
    """<tr> per row: its labels as row headers, its figures as cells; a figure in words is a suppressed one."""
    parts = []
    for row in rows:
        parts.append("<tr>")
        parts.extend(f'<th scope="row">{_text(v)}</th>' for v in row["labels"])
        parts.extend(f'<td class="{"suppressed" if hidden else "num"}">{_text(v)}</td>' for v, hidden in row["values"])
        parts.append("</tr>")
    return mark_safe("".join(parts))  # noqa: S308 (every value escaped above)
