"""What enrolment holds about a person: cohort invitations and one-time sign-in codes (privacy.registry, ADR 0151).

Invitations are exported with what the trainer typed; the codes only by date and channel (only a keyed hash is
stored). Erasing deletes the codes and the invitations still waiting, and blanks what a trainer typed about the
person on answered ones (the cohort's history keeps that someone was invited)."""

from .models import CohortInvitation, InvitationStatus, SignInCode


def export(*, user) -> dict[str, list[dict]]:
    return {
        "cohort_invitations": list(
            CohortInvitation.objects.filter(user=user).values(
                "cohort__name", "invited_as", "name_given", "status", "created_at", "answered_at"
            )
        ),
        "sign_in_codes": list(
            SignInCode.objects.filter(user=user).values("channel", "created_at", "expires_at", "used_at")
        ),
    }


def erase(*, user) -> dict[str, int]:
    codes = SignInCode.objects.filter(user=user).delete()[0]
    pending = CohortInvitation.objects.filter(user=user, status=InvitationStatus.PENDING).delete()[0]
    answered = CohortInvitation.objects.filter(user=user).update(invited_as="", name_given="")
    return {"sign_in_codes": codes, "cohort_invitations_removed": pending, "cohort_invitations_blanked": answered}
