"""Who sees what. Object-level: a trainer sees only their own cohorts; a 404 hides the others' existence."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404

from accounts.roles import Role

from .models import Cohort, CohortMembership


def _roles(user) -> set[str]:
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_cohort_roles", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        if user.is_superuser:
            cached.add(Role.ADMINISTRATOR.value)
        user._cohort_roles = cached
    return cached


def is_administrator(user) -> bool:
    return Role.ADMINISTRATOR.value in _roles(user)


def is_trainer(user) -> bool:
    return Role.TRAINER.value in _roles(user)


def is_regional_officer(user) -> bool:
    return Role.REGIONAL_OFFICER.value in _roles(user)


def can_manage_cohorts(user) -> bool:
    return is_administrator(user) or is_trainer(user)


def can_export_reports(user) -> bool:
    """Exports hold cohort and programme figures: for the roles that read reports. A trainer whose role was taken
    away loses the files asked for before, too."""
    return can_manage_cohorts(user) or overview_scope(user=user) is not None


def cohorts_visible(*, user) -> QuerySet[Cohort]:
    if is_administrator(user):
        return Cohort.objects.all()
    if is_trainer(user):
        return Cohort.objects.filter(trainers=user)
    return Cohort.objects.none()


def teachers_trained_ids(*, user) -> list[int]:
    """Ids of the members of the cohorts `user` trains: whose certificates they may ask about (certificates.scope)."""
    return list(CohortMembership.objects.filter(cohort__trainers=user).values_list("user_id", flat=True).distinct())


def trains_teacher(*, trainer, teacher_id: int) -> bool:
    """Whether `trainer` trains a cohort `teacher_id` belongs to (assessments: who may read the teacher's files)."""
    return CohortMembership.objects.filter(cohort__trainers=trainer, user_id=teacher_id).exists()


def cohort_get_or_404(*, user, pk: int) -> Cohort:
    cohort = cohorts_visible(user=user).select_related("target_level").filter(pk=pk).first()
    if cohort is None:
        raise Http404("No such cohort.")
    return cohort


@dataclass(frozen=True)
class Scope:
    """The teachers whose aggregates a person may see: everyone (country None) or one country / region."""

    country: str | None = None
    region: str | None = None

    @property
    def label(self) -> str:
        return " / ".join(p for p in (self.country, self.region) if p)


def overview_scope(*, user) -> Scope | None:
    """None: no access. Administrators see every country; a regional officer only their scope."""
    if is_administrator(user):
        return Scope()
    if is_regional_officer(user) and user.scope_country:
        return Scope(country=user.scope_country, region=user.scope_region or None)
    return None
