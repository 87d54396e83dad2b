"""Read-only reports API: cohort progress and the programme overview, with the pages' permissions and suppression.

Authentication: `Authorization: Bearer <token>` with a Wagtail API token (Settings → Users → API tokens, or
`manage.py api_tokens create --user U --name N`), or the browser session (ADR 0091).
"""

from datetime import datetime

from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.security import django_auth
from wagtail.api.v3.auth import BearerTokenAuth

from .permissions import can_manage_cohorts, cohorts_visible, overview_scope
from .selectors import cohort as reports
from .selectors.overview import GROUPINGS, TREND_COLUMNS, programme_overview, programme_trend

router = Router(tags=["reports"], auth=[BearerTokenAuth(), django_auth])


class ErrorOut(Schema):
    error: str
    detail: str


class CohortSummaryOut(Schema):
    id: int
    name: str
    teachers: int
    target_level: str | None
    due_date: str | None


class HeatCellOut(Schema):
    competency: str
    mastered: int
    teachers: int
    share: float


class FunnelOut(Schema):
    module: str
    enrolled: int
    started: int
    lessons_done: int
    attempted: int
    passed: int


class TeacherOut(Schema):
    username: str
    name: str
    levels_attained: list[str]
    competencies_mastered: int
    last_active: datetime | None
    pending_reviews: int
    certificates_valid: int
    certificates_expiring: int
    certificates_expired: int
    certificates_revoked: int


class CohortProgressOut(Schema):
    cohort: CohortSummaryOut
    heatmap: list[HeatCellOut]
    funnel: list[FunnelOut]
    teachers: list[TeacherOut]


class FigureOut(Schema):
    value: int | None
    suppressed: str | None  # "fewer_than_5" | "complementary" | None


class GroupOut(Schema):
    group: list[str]
    figures: dict[str, FigureOut]


class MonthOut(Schema):
    month: str
    figures: dict[str, FigureOut]


class OverviewOut(Schema):
    by: str
    scope: str
    columns: list[str]
    total: dict[str, FigureOut]
    groups: list[GroupOut]
    trend: list[MonthOut]


def _forbidden():
    return Status(403, {"error": "forbidden", "detail": _("You do not have access to these reports.")})


def _summary(cohort, size: int) -> dict:
    return {
        "id": cohort.pk,
        "name": cohort.name,
        "teachers": size,
        "target_level": cohort.target_level.code if cohort.target_level_id else None,
        "due_date": cohort.due_date.isoformat() if cohort.due_date else None,
    }


@router.get("/cohorts", response={200: list[CohortSummaryOut], 403: ErrorOut}, summary="Cohorts you follow")
def cohort_list(request):
    if not can_manage_cohorts(request.user):
        return _forbidden()
    from django.db.models import Count

    cohorts = cohorts_visible(user=request.user).select_related("target_level").annotate(size=Count("memberships"))
    return Status(200, [_summary(c, c.size) for c in cohorts])


@router.get(
    "/cohorts/{cohort_id}/progress",
    response={200: CohortProgressOut, 403: ErrorOut, 404: ErrorOut},
    summary="A cohort's heatmap, module funnel and per-teacher table",
)
def cohort_progress(request, cohort_id: int):
    if not can_manage_cohorts(request.user):
        return _forbidden()
    cohort = cohorts_visible(user=request.user).select_related("target_level").filter(pk=cohort_id).first()
    if cohort is None:
        return Status(404, {"error": "not_found", "detail": _("No such cohort among yours.")})
    heatmap = reports.cohort_heatmap(cohort=cohort)
    cells = [c for _level, row in (heatmap.rows if heatmap else []) for c in row if c.competency]
    teachers, levels = reports.cohort_teachers(cohort=cohort)
    return Status(
        200,
        {
            "cohort": _summary(cohort, heatmap.total if heatmap else reports.cohort_size(cohort=cohort)),
            "heatmap": [
                {"competency": c.competency.code, "mastered": c.mastered, "teachers": c.total, "share": c.share}
                for c in cells
            ],
            "funnel": [
                {
                    "module": r.module.title,
                    **dict(
                        zip(("enrolled", "started", "lessons_done", "attempted", "passed"), r.stages(), strict=True)
                    ),
                }
                for r in reports.cohort_funnel(cohort=cohort)
            ],
            "teachers": [
                {
                    "username": t.username,
                    "name": t.display_name,
                    "levels_attained": [lv.code for lv in levels if getattr(t, f"level_{lv.code}")],
                    "competencies_mastered": t.mastered,
                    "last_active": reports.last_active_or_none(t),
                    "pending_reviews": t.pending_reviews,
                    "certificates_valid": t.certificates_valid,
                    "certificates_expiring": t.certificates_expiring,
                    "certificates_expired": t.certificates_expired,
                    "certificates_revoked": t.certificates_revoked,
                }
                for t in teachers
            ],
        },
    )


def _figure(cell) -> dict:
    if not cell.hidden:
        return {"value": cell.value, "suppressed": None}
    return {"value": None, "suppressed": "fewer_than_5" if cell.state == "small" else "complementary"}


@router.get(
    "/programme/overview",
    response={200: OverviewOut, 400: ErrorOut, 403: ErrorOut},
    summary="Teachers registered, active, levels and certificates by country, region or school (suppressed)",
)
def programme_overview_get(request, by: str = "country"):
    scope = overview_scope(user=request.user)
    if scope is None:
        return _forbidden()
    if by not in GROUPINGS:
        return Status(400, {"error": "bad_grouping", "detail": _("“by” is one of: country, region, school.")})
    data = programme_overview(scope=scope)
    columns = [c.key for c in data.columns]
    return Status(
        200,
        {
            "by": by,
            "scope": scope.label,
            "columns": columns,
            "total": {k: _figure(data.root.cells[k]) for k in columns},
            "groups": [
                {"group": list(node.key), "figures": {k: _figure(node.cells[k]) for k in columns}}
                for node in data.rows(by=by)
            ],
            "trend": [
                {"month": row["month"].strftime("%Y-%m"), "figures": {k: _figure(row[k]) for k in TREND_COLUMNS}}
                for row in programme_trend(scope=scope)
            ],
        },
    )
