"""What enrolment holds about a person: cohort invitations, one-time sign-in codes, and their lines in uploaded
teacher lists (privacy.registry, ADR 0151).

Invitations are exported with what the trainer typed; the codes only by date and channel (only a keyed hash is
stored). The lines of a teacher list are not exported: what the file said of the person is what its invitation
holds (e-mail or phone, and name), and the file itself is kept only PRIVACY_BULK_IMPORT_DAYS. Erasing deletes the
codes and the invitations still waiting, blanks what a trainer typed about the person on answered ones (the
cohort's history keeps that someone was invited), and takes their lines out of every stored file. `purge` is the
daily retention task's part: the files past their period (services/retention.py, ADR 0152)."""

from .models import CohortInvitation, InvitationStatus, SignInCode
from .services.retention import bulk_import_lines_erase, bulk_imports_purge


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
    imports = bulk_import_lines_erase(user=user)  # first: the invitations say what the files called this person
    codes = SignInCode.objects.filter(user=user).delete()[0]
    pending = CohortInvitation.objects.filter(user=user, status=InvitationStatus.PENDING).delete()[0]
    answered = CohortInvitation.objects.filter(user=user).update(invited_as="", name_given="")
    return {
        "sign_in_codes": codes,
        "cohort_invitations_removed": pending,
        "cohort_invitations_blanked": answered,
        **imports,
    }


def purge(*, now) -> dict[str, int]:
    return bulk_imports_purge(now=now)
