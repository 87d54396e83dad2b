"""Reads for enrolment: a teacher's waiting invitations, a cohort's invitations as its trainer may see them."""

from django.db.models import QuerySet

from .models import BulkImport, CohortInvitation, InvitationStatus


def invitations_pending_count(*, user) -> int:
    return CohortInvitation.objects.filter(user=user, status=InvitationStatus.PENDING).count()


def invitations_pending_for(*, user) -> QuerySet[CohortInvitation]:
    return (
        CohortInvitation.objects.filter(user=user, status=InvitationStatus.PENDING)
        .select_related("cohort", "invited_by")
        .prefetch_related("cohort__trainers")
        .order_by("created_at", "id")
    )


def invitations_of_cohort(*, cohort) -> QuerySet[CohortInvitation]:
    """Waiting and declined invitations, shown by what the trainer typed (never the account's own name)."""
    return (
        CohortInvitation.objects.filter(cohort=cohort)
        .exclude(status=InvitationStatus.ACCEPTED)
        .only("id", "invited_as", "name_given", "status", "created_at")
        .order_by("status", "-created_at")
    )


def bulk_import_get(*, uploaded_by, uuid) -> BulkImport | None:
    """Only the person who uploaded a file may preview, apply or print it."""
    return BulkImport.objects.filter(uploaded_by=uploaded_by, uuid=uuid).first()
