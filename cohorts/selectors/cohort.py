"""Cohort reports: heatmap, module funnel, teacher table, item analysis, time to mastery.

Each is a fixed number of aggregate queries whatever the number of teachers (tests/cohorts/test_budgets.py).
"""

import statistics
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import DateTimeField, F, Q, QuerySet, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from accounts.models import User
from assessments import group_selectors as assessment_groups
from assessments.selectors import ItemStatistics, item_statistics
from certificates import group_selectors as certificate_groups
from cms import group_selectors as learning
from competency import group_selectors as competency_groups
from competency.models import Aspect, Competency, Framework, Level
from competency.selectors import framework_get_current

from ..models import Cohort, CohortMembership

STALLED_AFTER = timedelta(days=30)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # "never", so Greatest() works the same on SQLite and PostgreSQL


def cohort_members(*, cohort: Cohort) -> QuerySet:
    """The cohort's teachers as a subquery of user ids."""
    return CohortMembership.objects.filter(cohort=cohort).values("user_id")


def cohort_size(*, cohort: Cohort) -> int:
    return CohortMembership.objects.filter(cohort=cohort).count()


# --- heatmap -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeatCell:
    competency: Competency | None
    mastered: int
    total: int

    @property
    def share(self) -> float:
        return self.mastered / self.total if self.total else 0.0

    @property
    def percent(self) -> int:
        return round(100 * self.share)


@dataclass(frozen=True)
class Heatmap:
    framework: Framework
    aspects: list[Aspect]
    rows: list[tuple[Level, list[HeatCell]]]
    total: int


def cohort_heatmap(*, cohort: Cohort, framework: Framework | None = None) -> Heatmap | None:
    framework = framework or framework_get_current()
    if framework is None:
        return None
    total = cohort_size(cohort=cohort)
    counts = competency_groups.mastered_counts(users=cohort_members(cohort=cohort), framework=framework)
    aspects = list(Aspect.objects.filter(framework=framework).order_by("order"))
    by_cell = {(c.level_id, c.aspect_id): c for c in Competency.objects.filter(framework=framework)}
    rows = []
    for level in Level.objects.filter(framework=framework).order_by("order"):
        cells = []
        for aspect in aspects:
            comp = by_cell.get((level.pk, aspect.pk))
            cells.append(HeatCell(competency=comp, mastered=counts.get(comp.pk, 0) if comp else 0, total=total))
        rows.append((level, cells))
    return Heatmap(framework=framework, aspects=aspects, rows=rows, total=total)


@dataclass(frozen=True)
class CellTeacher:
    user: User
    status: str
    score: object
    mastered_at: datetime | None
    evidence: list


def cohort_competency_teachers(*, cohort: Cohort, competency: Competency) -> list[CellTeacher]:
    """Every teacher of the cohort with their decision on `competency` and the evidence behind it."""
    members = cohort_members(cohort=cohort)
    decisions = competency_groups.mastery_with_evidence(users=members, competency=competency)
    rows = []
    for user in User.objects.filter(pk__in=members).order_by("username"):
        m = decisions.get(user.pk)
        rows.append(
            CellTeacher(
                user=user,
                status=m.status if m else "not_started",
                score=m.score if m else None,
                mastered_at=m.mastered_at if m else None,
                evidence=list(m.evidence.all()) if m else [],
            )
        )
    rows.sort(key=lambda r: (r.status != "mastered", r.status != "in_progress", r.user.username))
    return rows


# --- module funnel -------------------------------------------------------------------------------------------


def cohort_funnel(*, cohort: Cohort) -> list[learning.FunnelRow]:
    """The cohort's assigned modules, or else every module its teachers touched."""
    members = cohort_members(cohort=cohort)
    assigned = list(cohort.modules.values_list("pk", flat=True))
    ids = assigned or learning.modules_touched(users=members)
    return learning.module_funnel(users=members, modules=learning.modules_live(ids=ids))


# --- teacher table -------------------------------------------------------------------------------------------

TEACHER_SORTS = {
    "name": ("username",),
    "mastered": ("mastered", "username"),
    "last_active": ("last_active", "username"),
    "pending": ("pending_reviews", "username"),
    "expiring": ("certificates_expiring", "username"),
    "valid": ("certificates_valid", "username"),
}
TEACHER_FILTERS = ("", "stalled", "pending", "expiring", "revoked", "certified")


@dataclass(frozen=True)
class TeacherQuery:
    sort: str = "name"
    descending: bool = False
    q: str = ""
    show: str = ""
    level: str = ""

    @classmethod
    def from_query(cls, query) -> "TeacherQuery":
        raw_sort = (query.get("sort") or "name").strip()
        descending = raw_sort.startswith("-")
        sort = raw_sort.lstrip("-")
        show = (query.get("show") or "").strip()
        return cls(
            sort=sort if sort in TEACHER_SORTS else "name",
            descending=descending,
            q=(query.get("q") or "").replace("\x00", "").strip()[:100],
            show=show if show in TEACHER_FILTERS else "",
            level=(query.get("level") or "").strip()[:20],
        )


def teachers_annotated(*, users: QuerySet, framework: Framework, now: datetime) -> QuerySet:
    """Users with every figure of the teacher table as a column: one query, sortable and filterable in SQL."""
    epoch = Value(_EPOCH, output_field=DateTimeField())
    return User.objects.filter(pk__in=users).annotate(
        mastered=competency_groups.user_mastered_count_expression(framework=framework),
        **competency_groups.user_level_expressions(framework=framework),
        pending_reviews=assessment_groups.user_pending_reviews_expression(),
        **certificate_groups.user_certificate_expressions(now=now),
        last_lesson=learning.user_last_lesson_expression(),
        last_attempt=assessment_groups.user_last_attempt_expression(),
        last_active=Greatest(
            Coalesce(F("last_lesson"), epoch),
            Coalesce(F("last_attempt"), epoch),
            Coalesce(F("last_login"), epoch),
        ),
    )


def cohort_teachers(*, cohort: Cohort, query: TeacherQuery | None = None, now: datetime | None = None):
    """The per-teacher table rows (annotated users) and the framework's levels (the level columns)."""
    query = query or TeacherQuery()
    now = now or timezone.now()
    framework = framework_get_current()
    levels = list(Level.objects.filter(framework=framework).order_by("order")) if framework else []
    if framework is None:
        return [], levels
    qs = teachers_annotated(users=cohort_members(cohort=cohort), framework=framework, now=now)
    if query.q:
        qs = qs.filter(Q(username__icontains=query.q) | Q(legal_name__icontains=query.q) | Q(email__icontains=query.q))
    if query.show == "stalled":
        qs = qs.filter(last_active__lt=now - STALLED_AFTER)
    elif query.show == "pending":
        qs = qs.filter(pending_reviews__gt=0)
    elif query.show == "expiring":
        qs = qs.filter(certificates_expiring__gt=0)
    elif query.show == "revoked":
        qs = qs.filter(certificates_revoked__gt=0)
    elif query.show == "certified":
        qs = qs.filter(certificates_valid__gt=0)
    if query.level and any(lv.code == query.level for lv in levels):
        qs = qs.filter(**{f"level_{query.level}": True})
    order = TEACHER_SORTS[query.sort]
    qs = qs.order_by(*[("-" if query.descending and i == 0 else "") + f for i, f in enumerate(order)])
    return list(qs), levels


def last_active_or_none(user) -> datetime | None:
    value = user.last_active
    return None if value is None or value.year <= 1970 else value


# --- item analysis -------------------------------------------------------------------------------------------


def cohort_assessments(*, cohort: Cohort) -> list:
    return assessment_groups.assessments_attempted(users=cohort_members(cohort=cohort))


def cohort_item_analysis(*, cohort: Cohort, assessment) -> list[ItemStatistics]:
    return item_statistics(assessment=assessment, users=cohort_members(cohort=cohort))


# --- time to mastery -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MasteryTime:
    competency: Competency
    teachers: int  # mastered, with a lesson before
    median_days: float | None


def cohort_time_to_mastery(*, cohort: Cohort) -> list[MasteryTime]:
    """Per competency: median days from the teacher's first lesson in a module developing it to mastery.

    One query of (competency, mastered_at, first lesson) pairs; a teacher who mastered a competency without a
    lesson of it (a test-out) is left out of its median.
    """
    framework = framework_get_current()
    if framework is None:
        return []
    rows = (
        competency_groups.masteries_mastered(users=cohort_members(cohort=cohort), framework=framework)
        .annotate(first=learning.user_first_lesson_for_competency_expression())
        .values_list("competency_id", "mastered_at", "first")
    )
    days: dict[int, list[float]] = {}
    for competency_id, mastered_at, first in rows:
        if first is None or mastered_at is None or mastered_at < first:
            continue
        days.setdefault(competency_id, []).append((mastered_at - first).total_seconds() / 86400)
    return [
        MasteryTime(
            competency=c,
            teachers=len(days.get(c.pk, [])),
            median_days=round(statistics.median(days[c.pk]), 1) if days.get(c.pk) else None,
        )
        for c in Competency.objects.filter(framework=framework).select_related("level", "aspect")
    ]
