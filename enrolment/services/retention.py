"""How long an uploaded teacher list is kept, and a person's lines leaving it when their account is erased
(ADR 0150, 0151, 0152).

The file is needed only between the preview and the confirmation: once applied, the pages and the code sheet read
the import's summary and the invitations, never the file. So PRIVACY_BULK_IMPORT_DAYS after it was applied its
lines are cleared and the import stays as a record of the counts (who uploaded it and when); a file never applied
goes entirely that long after its upload. Both are done by the daily retention task (privacy, through
`enrolment.personal_data.purge`).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from ..models import BulkImport, CohortInvitation
from ..parsing import lines_without, phone_normalise


def keep_for() -> timedelta:
    return timedelta(days=settings.PRIVACY_BULK_IMPORT_DAYS)


def bulk_imports_purge(*, now=None) -> dict[str, int]:
    """Applied imports past their period lose their lines and keep their summary; unapplied ones past it go."""
    before = (now or timezone.now()) - keep_for()
    cleared = BulkImport.objects.filter(applied_at__lt=before).exclude(data=b"").update(data=b"")
    abandoned = BulkImport.objects.filter(applied_at__isnull=True, created_at__lt=before).delete()[0]
    return {"bulk_imports_cleared": cleared, "bulk_imports_abandoned": abandoned}


def _contacts(*, user) -> tuple[set[str], set[str]]:
    """Every e-mail and phone a file may have given for `user`: their own, and what was typed when they were
    invited (a file matched them by it, even if they have changed it since)."""
    from allauth.account.models import EmailAddress

    values = [
        user.email,
        user.phone,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
        *CohortInvitation.objects.filter(user=user).values_list("invited_as", flat=True),
    ]
    emails = {v.strip().lower() for v in values if v and "@" in v}
    phones = {p for p in (phone_normalise(v) for v in values if v and "@" not in v) if p}
    return emails, phones


def bulk_import_lines_erase(*, user) -> dict[str, int]:
    """Erasure: `user`'s lines leave every stored file (a line with their phone but another person's e-mail loses
    the phone). A file left with no line is cleared, or deleted if it was never applied. Files `user` uploaded go
    too (only they could open or apply them): unapplied ones deleted, applied ones cleared. Called before the
    invitations are blanked: they tell which contacts were typed for this person."""
    own_removed = BulkImport.objects.filter(uploaded_by=user, applied_at__isnull=True).delete()[0]
    own_cleared = BulkImport.objects.filter(uploaded_by=user).exclude(data=b"").update(data=b"")
    emails, phones = _contacts(user=user)
    removed = blanked = files = 0
    if emails or phones:
        for pk in list(BulkImport.objects.exclude(data=b"").values_list("pk", flat=True)):
            data = BulkImport.objects.filter(pk=pk).values_list("data", flat=True).first()
            if data is None or not _names(data, emails=emails, phones=phones):
                continue
            # Theirs: read it again under the row lock, as applying does, so a confirmation cannot interleave.
            upload = BulkImport.objects.select_for_update().filter(pk=pk).first()
            if upload is None:
                continue
            stripped = lines_without(_text(upload.data), emails=emails, phones=phones)
            removed, blanked, files = removed + stripped.removed, blanked + stripped.blanked, files + 1
            if stripped.left:
                upload.data = stripped.text.encode()
            elif upload.applied_at is None:
                upload.delete()
                continue
            else:
                upload.data = b""
            upload.save(update_fields=["data"])
    return {
        "bulk_imports_of_theirs_removed": own_removed,
        "bulk_imports_of_theirs_cleared": own_cleared,
        "bulk_import_files_changed": files,
        "bulk_import_lines_removed": removed,
        "bulk_import_phones_blanked": blanked,
    }


def _text(data) -> str:
    return bytes(data).decode("utf-8-sig", errors="replace")


def _names(data, *, emails: set[str], phones: set[str]) -> bool:
    stripped = lines_without(_text(data), emails=emails, phones=phones)
    return bool(stripped.removed or stripped.blanked)
