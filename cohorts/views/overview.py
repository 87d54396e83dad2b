"""The programme overview for ministries and NGOs: suppressed aggregates only, within the viewer's scope."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from .. import reports
from ..permissions import overview_scope
from ..selectors.overview import GROUPINGS, programme_overview, programme_trend
from .common import download


@login_required
def overview(request):
    scope = overview_scope(user=request.user)
    if scope is None:
        raise PermissionDenied
    by = request.GET.get("by", "country")
    by = by if by in GROUPINGS else "country"
    data = programme_overview(scope=scope)
    if request.GET.get("format") == "csv":
        return download(reports.overview_table(overview=data, by=by), "csv")
    trend = programme_trend(scope=scope)
    if request.GET.get("format") == "trend-csv":
        return download(reports.trend_table(trend=trend), "csv")
    table = reports.overview_table(overview=data, by=by)
    trend_table = reports.trend_table(trend=trend)
    depth = GROUPINGS.index(by) + 1
    return render(
        request,
        "cohorts/overview.html",
        {
            "scope": scope,
            "by": by,
            "groupings": GROUPINGS,
            "headers": table.headers,
            "rows": _display(table.rows, depth),
            "trend": trend_table,
            "trend_rows": _display(trend_table.rows, 1),
        },
    )


def _display(rows: list[list], labels: int) -> list[dict]:
    """Label columns apart from figures; a figure in words is a suppressed one (styled, not only coloured)."""
    return [{"labels": row[:labels], "values": [(v, isinstance(v, str)) for v in row[labels:]]} for row in rows]
