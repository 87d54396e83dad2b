"""The printable sheet of sign-in codes for teachers without e-mail (ADR 0149)."""

from dataclasses import dataclass

from django.utils import translation

from accounts.models import User
from cohorts.models import CohortMembership
from cohorts.permissions import is_administrator
from common.languages import language_or_default

from ..models import BulkImport, CodeChannel
from .codes import code_days, code_format, code_issue, code_new


@dataclass(frozen=True)
class SheetLine:
    name: str
    code: str
    language: str  # the card's texts are in it (the teacher's); the sheet around them is in the trainer's


def _may_hand_out(*, requester, user: User, trained: set[int]) -> bool:
    """A code signs the person in: it is handed out by paper only for an account that has no password, and that
    has never been used or belongs only to cohorts this trainer trains. Otherwise a trainer who typed a colleague's
    phone number in a file could sign in as them."""
    if user.has_usable_password() or not user.is_active:
        return False
    if is_administrator(requester) or user.last_login is None:
        return True
    cohorts = set(CohortMembership.objects.filter(user=user).values_list("cohort_id", flat=True))
    return bool(cohorts) and cohorts <= trained


def sheet_codes_issue(*, requester, upload: BulkImport) -> list[SheetLine]:
    """New codes for the teachers of this import who have no e-mail; printing again replaces the earlier codes.

    Every line gets a code of the same form, so the sheet does not show which numbers were already registered;
    a line whose account may not be handed a code (see above) gets one that opens nothing, and that person signs
    in as they already do."""
    ids = upload.summary.get("sheet_user_ids", [])
    trained = set(requester.cohorts_trained.values_list("pk", flat=True))
    names = _names_given(upload=upload)
    # The language of the person's line in the file, as the name is the file's: the account's own would tell the
    # trainer it existed. An import applied before lines' languages were kept prints in the trainer's language.
    languages = upload.summary.get("sheet_languages", {})
    fallback = translation.get_language()
    lines = []
    for user in User.objects.filter(pk__in=ids).order_by("pk"):
        if _may_hand_out(requester=requester, user=user, trained=trained):
            code = code_issue(user=user, channel=CodeChannel.SHEET)
        else:
            code = code_format(code_new())
        # The name as the file gave it: the account's own name would tell the trainer it existed.
        language = language_or_default(languages.get(str(user.pk)) or fallback)
        lines.append(SheetLine(name=names.get(user.phone, ""), code=code, language=language))
    return sorted(lines, key=lambda line: line.name.casefold())


def _names_given(*, upload: BulkImport) -> dict[str, str]:
    from ..models import CohortInvitation

    return dict(
        CohortInvitation.objects.filter(user_id__in=upload.summary.get("sheet_user_ids", [])).values_list(
            "invited_as", "name_given"
        )
    )


def sheet_days() -> int:
    return code_days(CodeChannel.SHEET)
