"""Cohort reports: pages readable on a phone, each table also as CSV and XLSX (?format=csv|xlsx)."""

from django.http import Http404
from django.shortcuts import render

from competency.models import Competency
from competency.selectors import framework_get_current

from .. import reports
from ..models import Cohort
from ..selectors import cohort as selectors
from .common import cohort_view, download


def _fmt(request) -> str:
    return request.GET.get("format", "")


@cohort_view
def heatmap(request, cohort: Cohort):
    if file := download(lambda: reports.heatmap_table(cohort=cohort), _fmt(request)):
        return file
    return render(
        request, "cohorts/report_heatmap.html", {"cohort": cohort, "heatmap": selectors.cohort_heatmap(cohort=cohort)}
    )


@cohort_view
def heatmap_cell(request, cohort: Cohort, code: str):
    framework = framework_get_current()
    competency = Competency.objects.filter(framework=framework, code=code).select_related("level", "aspect").first()
    if competency is None:
        raise Http404("No such competency.")
    if file := download(lambda: reports.cell_table(cohort=cohort, competency=competency), _fmt(request)):
        return file
    rows = selectors.cohort_competency_teachers(cohort=cohort, competency=competency)
    return render(
        request,
        "cohorts/report_cell.html",
        {
            "cohort": cohort,
            "competency": competency,
            "rows": rows,
            "mastered": sum(1 for r in rows if r.status == "mastered"),
        },
    )


@cohort_view
def funnel(request, cohort: Cohort):
    if file := download(lambda: reports.funnel_table(cohort=cohort), _fmt(request)):
        return file
    rows = selectors.cohort_funnel(cohort=cohort)
    return render(
        request,
        "cohorts/report_funnel.html",
        {"cohort": cohort, "rows": rows, "size": selectors.cohort_size(cohort=cohort)},
    )


@cohort_view
def teachers(request, cohort: Cohort):
    query = selectors.TeacherQuery.from_query(request.GET)
    if file := download(lambda: reports.teachers_table(cohort=cohort, query=query), _fmt(request)):
        return file
    rows, levels = selectors.cohort_teachers(cohort=cohort, query=query)
    for row in rows:
        row.last_active_at = selectors.last_active_or_none(row)
        row.levels_attained = [lv.code for lv in levels if getattr(row, f"level_{lv.code}")]
    params = request.GET.copy()
    params.pop("sort", None)
    return render(
        request,
        "cohorts/report_teachers.html",
        {
            "cohort": cohort,
            "rows": rows,
            "levels": levels,
            "query": query,
            "filters": selectors.TEACHER_FILTERS,
            "keep": params.urlencode(),
            "current": request.GET.urlencode(),
        },
    )


@cohort_view
def items(request, cohort: Cohort):
    assessments = selectors.cohort_assessments(cohort=cohort)
    chosen = None
    slug = request.GET.get("assessment", "")
    if slug:
        chosen = next((a for a in assessments if a.slug == slug), None)
        if chosen is None:
            raise Http404("No attempts of this assessment in the cohort.")
    elif assessments:
        chosen = assessments[0]
    if chosen and (file := download(lambda: reports.items_table(cohort=cohort, assessment=chosen), _fmt(request))):
        return file
    stats = selectors.cohort_item_analysis(cohort=cohort, assessment=chosen) if chosen else []
    return render(
        request,
        "cohorts/report_items.html",
        {"cohort": cohort, "assessments": assessments, "chosen": chosen, "stats": stats},
    )


@cohort_view
def time_to_mastery(request, cohort: Cohort):
    if file := download(lambda: reports.mastery_time_table(cohort=cohort), _fmt(request)):
        return file
    rows = selectors.cohort_time_to_mastery(cohort=cohort)
    longest = max((r.median_days or 0 for r in rows), default=0)
    return render(
        request,
        "cohorts/report_time.html",
        {"cohort": cohort, "rows": rows, "longest": longest or 1},
    )
