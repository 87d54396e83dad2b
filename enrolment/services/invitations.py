"""Cohort invitations: a trainer invites, the teacher accepts or declines; an administrator adds directly (ADR 0148).

The membership row (cohorts.CohortMembership) is written only on acceptance, so the cohort's reports, which read
memberships, never show someone who has not agreed.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cohorts.models import Cohort, CohortMembership, JoinMethod

from ..models import CohortInvitation, InvitationStatus


class InvitationError(Exception):
    pass


@dataclass(frozen=True)
class Invitee:
    user_id: int
    invited_as: str
    name_given: str = ""


def invitations_create(
    *, cohort: Cohort, invitees: list[Invitee], by, direct: bool, method: str = JoinMethod.CSV
) -> list[int]:
    """Invite each person once (idempotent: a second call for the same people writes and sends nothing). With
    `direct` (an administrator) the membership is made at once and the e-mail only tells. Returns the ids of the
    invitations whose e-mail is to be sent. Call inside the caller's transaction."""
    if not invitees:
        return []
    user_ids = [i.user_id for i in invitees]
    existing = {
        inv.user_id: inv
        for inv in CohortInvitation.objects.filter(cohort=cohort, user_id__in=user_ids).only("id", "user_id", "status")
    }
    members = set(
        CohortMembership.objects.filter(cohort=cohort, user_id__in=user_ids).values_list("user_id", flat=True)
    )
    now = timezone.now()
    status = InvitationStatus.ACCEPTED if direct else InvitationStatus.PENDING
    new = [
        CohortInvitation(
            cohort=cohort,
            user_id=i.user_id,
            invited_by=by,
            invited_as=i.invited_as[:254],
            name_given=i.name_given[:200],
            status=status,
            answered_at=now if direct else None,
        )
        for i in {i.user_id: i for i in invitees}.values()
        if i.user_id not in existing and i.user_id not in members
    ]
    CohortInvitation.objects.bulk_create(new, batch_size=1000, ignore_conflicts=True)
    if direct:
        waiting = [inv.pk for inv in existing.values() if inv.status == InvitationStatus.PENDING]
        CohortInvitation.objects.filter(pk__in=waiting).update(status=InvitationStatus.ACCEPTED, answered_at=now)
        CohortMembership.objects.bulk_create(
            [CohortMembership(cohort=cohort, user_id=uid, method=method) for uid in set(user_ids) - members],
            batch_size=1000,
            ignore_conflicts=True,
        )
    fresh = {inv.user_id for inv in new}
    return list(
        CohortInvitation.objects.filter(cohort=cohort, user_id__in=fresh, created_at__gte=now).values_list(
            "pk", flat=True
        )
    )


def invitation_emails_queue(*, invitation_ids: list[int]) -> None:
    """After the transaction commits, the task worker sends the e-mails, a few hundred per task."""
    if not invitation_ids:
        return

    def queue():
        from django_q.tasks import async_task

        for start in range(0, len(invitation_ids), 200):
            async_task("enrolment.tasks.invitation_emails_send", invitation_ids[start : start + 200])

    transaction.on_commit(queue)


def _pending(*, invitation_id: int, user) -> CohortInvitation:
    invitation = (
        CohortInvitation.objects.select_for_update()
        .select_related("cohort")
        .filter(pk=invitation_id, user=user, status=InvitationStatus.PENDING)
        .first()
    )
    if invitation is None:
        raise InvitationError(_("This invitation was already answered or withdrawn."))
    return invitation


@transaction.atomic
def invitation_accept(*, invitation_id: int, user) -> Cohort:
    invitation = _pending(invitation_id=invitation_id, user=user)
    invitation.status, invitation.answered_at = InvitationStatus.ACCEPTED, timezone.now()
    invitation.save(update_fields=["status", "answered_at"])
    try:
        with transaction.atomic():
            CohortMembership.objects.get_or_create(
                cohort=invitation.cohort, user=user, defaults={"method": JoinMethod.ADDED}
            )
    except IntegrityError:  # joined by code in the meantime
        pass
    return invitation.cohort


@transaction.atomic
def invitation_decline(*, invitation_id: int, user) -> Cohort:
    invitation = _pending(invitation_id=invitation_id, user=user)
    invitation.status, invitation.answered_at = InvitationStatus.DECLINED, timezone.now()
    invitation.save(update_fields=["status", "answered_at"])
    return invitation.cohort
