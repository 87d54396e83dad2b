"""Cohorts a person belongs to, for the privacy export and erasure (privacy.registry, ADR 0151)."""

from .models import CohortMembership, ReportExport


def export(*, user) -> dict[str, list[dict]]:
    return {
        "cohort_memberships": list(
            CohortMembership.objects.filter(user=user)
            .order_by("added_at", "pk")
            .values("cohort__name", "method", "added_at")
        ),
        "cohorts_trained": list(user.cohorts_trained.order_by("name").values("name", "created_at")),
    }


def erase(*, user) -> dict[str, int]:
    """Memberships stay (the cohort's figures count the pseudonym); their report exports and trainer seats go."""
    exports = list(ReportExport.objects.filter(requested_by=user))
    for export in exports:
        if export.file:
            export.file.delete(save=False)
        export.delete()
    trained = user.cohorts_trained.count()
    user.cohorts_trained.clear()
    return {"report_exports": len(exports), "cohorts_trained": trained}
