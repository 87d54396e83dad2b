"""A trainer's invitations from a cohort's page (the add form and the one-column CSV): by e-mail address only.

A username would tell the trainer whether it exists, so a trainer invites by address; an address without an account
gets one, and the answer is the same either way: "N invitations sent" (ADR 0148).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from cohorts.models import Cohort
from cohorts.services import CohortError

from ..parsing import Row
from .imports import _accounts_create, _matches
from .invitations import Invitee, invitation_emails_queue, invitations_create


@transaction.atomic
def cohort_invite_by_email(*, cohort: Cohort, lines: list[tuple[int | None, str]], by, method: str) -> int:
    """`lines`: (line number or None, what was typed). All-or-nothing: one value that is not an e-mail address
    refuses the whole list, naming it. Returns how many people the list names."""
    emails: list[str] = []
    for number, value in lines:
        value = value.strip()
        if not value:
            continue
        try:
            validate_email(value)
        except ValidationError:
            if number is None:
                message = _(
                    "“%(value)s” is not an e-mail address: trainers invite teachers by e-mail address. "
                    "Nobody was invited."
                )
            else:
                message = _(
                    "Line %(line)d: “%(value)s” is not an e-mail address: trainers invite teachers by e-mail address. "
                    "Nobody was invited."
                )
            raise CohortError(message % {"line": number, "value": value}) from None
        emails.append(value.lower())
    emails = list(dict.fromkeys(emails))
    if not emails:
        raise CohortError(_("Type at least one e-mail address."))
    language = settings.LANGUAGE_CODE
    rows = [
        Row(line=0, name="", email=e, phone="", school="", region="", cohort_id=cohort.pk, language=language)
        for e in emails
    ]
    known = _matches(rows)
    contacts = {**known, **_accounts_create(rows=rows, known=known)}
    ids = invitations_create(
        cohort=cohort,
        invitees=[Invitee(user_id=contacts[e], invited_as=e) for e in emails],
        by=by,
        direct=False,
        method=method,
    )
    invitation_emails_queue(invitation_ids=ids)
    return len(emails)
