"""Reads over a group of teachers (a cohort, a region): counts made by the database, one query each.

`users` is a queryset of user ids (e.g. a cohort's memberships `.values("user_id")`), used as a subquery.
"""

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from competency.models import Competency, CompetencyEvidence, CompetencyMastery, Framework, Level, LevelAttainment
from competency.models.progress import MasteryStatus


def mastered_counts(*, users: QuerySet, framework: Framework) -> dict[int, int]:
    """competency id -> how many of `users` have mastered it."""
    rows = (
        CompetencyMastery.objects.filter(user__in=users, status=MasteryStatus.MASTERED, competency__framework=framework)
        .order_by()
        .values("competency_id")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("competency_id", "n")
    )
    return dict(rows)


def mastery_with_evidence(*, users: QuerySet, competency: Competency) -> dict[int, CompetencyMastery]:
    """user id -> the mastery decision on `competency` with the evidence behind it, in two queries."""
    qs = CompetencyMastery.objects.filter(user__in=users, competency=competency).prefetch_related(
        Prefetch("evidence", queryset=CompetencyEvidence.objects.order_by("-observed_at", "-id"))
    )
    return {m.user_id: m for m in qs}


def masteries_mastered(*, users: QuerySet, framework: Framework) -> QuerySet[CompetencyMastery]:
    """Every mastered decision of `users` in `framework` (callers pick the columns they need)."""
    return CompetencyMastery.objects.filter(
        user__in=users, status=MasteryStatus.MASTERED, competency__framework=framework
    ).order_by()


def user_mastered_count_expression(*, framework: Framework):
    """For annotating users: how many competencies of `framework` each has mastered."""
    counted = (
        CompetencyMastery.objects.filter(
            user=OuterRef("pk"), status=MasteryStatus.MASTERED, competency__framework=framework
        )
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def user_level_expressions(*, framework: Framework) -> dict[str, Exists]:
    """For annotating users: `level_<code>` is true when the user attained that level."""
    return {
        f"level_{level.code}": Exists(LevelAttainment.objects.filter(user=OuterRef("pk"), level=level))
        for level in Level.objects.filter(framework=framework).order_by("order")
    }


def attainment_months(*, users: QuerySet, start, end, month_of) -> QuerySet:
    """(user_id, month) of each level `users` attained in [start, end); month_of(field) numbers the months."""
    return (
        LevelAttainment.objects.filter(user__in=users, attained_at__gte=start, attained_at__lt=end)
        .order_by()
        .annotate(month=month_of("attained_at"))
        .values("user_id", "month")
    )
