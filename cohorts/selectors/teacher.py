"""What a teacher sees of their cohorts: the modules, target level and due date set for them."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q

from competency.selectors import attainments_for_user

from ..models import Cohort


@dataclass(frozen=True)
class Assignment:
    cohort: Cohort
    modules: list
    target_attained: bool


def assignments_for_teacher(*, user) -> list[Assignment]:
    """Three queries whatever the number of cohorts."""
    if not user.is_authenticated:
        return []
    from cms.models import ModulePage

    cohorts = list(
        Cohort.objects.filter(memberships__user=user)
        .filter(Q(target_level__isnull=False) | Q(modules__isnull=False) | Q(due_date__isnull=False))
        .distinct()
        .select_related("target_level")
        .prefetch_related(Prefetch("modules", queryset=ModulePage.objects.live().order_by("path")))
        .order_by("due_date", "name")
    )
    if not cohorts:
        return []
    attained = {a.level_id for a in attainments_for_user(user=user)}
    return [
        Assignment(cohort=c, modules=list(c.modules.all()), target_attained=c.target_level_id in attained)
        for c in cohorts
    ]
