"""Bulk import of teachers: check and preview, then apply all-or-nothing (ADR 0150).

Accounts are matched by e-mail (case-insensitive) or normalised phone, created when new, and invited to the cohort
named on their line. A trainer's invitations wait for consent; an administrator's add directly. Applying the same
file twice creates nothing the second time: every step is matched first, then only the missing rows are written.
"""

import secrets
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from cohorts.models import Cohort
from cohorts.permissions import is_administrator

from ..models import BulkImport
from ..parsing import ImportRefused, LineError, Row, decode, parse
from .invitations import Invitee, invitation_emails_queue, invitations_create

USERNAME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class Preview:
    lines: int
    invitations: int
    by_email: int
    by_sheet: int
    # Administrators only: for a trainer these would tell which addresses are registered (ADR 0148).
    new_accounts: int | None
    cohorts: list[str]


def _cohort_lookup(*, actor):
    everything = list(Cohort.objects.values_list("pk", "name"))
    by_name: dict[str, list[int]] = {}
    for pk, name in everything:
        by_name.setdefault(" ".join(name.casefold().split()), []).append(pk)
    ids = {pk for pk, _name in everything}
    trained = None if is_administrator(actor) else set(actor.cohorts_trained.values_list("pk", flat=True))

    def lookup(value: str):
        key = value.strip().lstrip("#")
        matches = (
            [int(key)] if key.isdigit() and int(key) in ids else by_name.get(" ".join(value.casefold().split()), [])
        )
        if not matches:
            return None, _(
                "Line %(line)d, column “%(column)s”: no cohort is named “%(value)s”; copy the name from your list "
                "of cohorts."
            )
        if trained is not None:
            matches = [pk for pk in matches if pk in trained]
            if not matches:
                return None, _(
                    "Line %(line)d, column “%(column)s”: you do not train the cohort “%(value)s”; only its trainers "
                    "or an administrator can fill it."
                )
        if len(matches) > 1:
            return None, _(
                "Line %(line)d, column “%(column)s”: several cohorts are named “%(value)s”; write the cohort's "
                "number (shown on its page) instead."
            )
        return matches[0], None

    return lookup


def import_rows(*, actor, data: bytes) -> list[Row]:
    return parse(text=decode(data), cohort_lookup=_cohort_lookup(actor=actor))


def _matches(rows: list[Row]) -> dict[str, int]:
    """contact -> user id, for the contacts that already have an account."""
    emails = {r.email for r in rows if r.email}
    phones = {r.phone for r in rows if r.phone and not r.email}
    found: dict[str, int] = {}
    emails_list = list(emails)
    for start in range(0, len(emails_list), 500):
        chunk = emails_list[start : start + 500]
        for pk, email in (
            User.objects.annotate(email_lower=Lower("email"))
            .filter(email_lower__in=chunk)
            .order_by("-pk")
            .values_list("pk", "email_lower")
        ):
            found[email] = pk  # the oldest account wins when an address was registered twice long ago
    phones_list = list(phones)
    for start in range(0, len(phones_list), 500):
        for pk, phone in User.objects.filter(phone__in=phones_list[start : start + 500]).values_list("pk", "phone"):
            found[phone] = pk
    return found


@transaction.atomic
def import_check(*, actor, data: bytes, filename: str = "") -> tuple[BulkImport, Preview]:
    """Check every line (ImportRefused names each bad one) and keep the file for the confirming step."""
    rows = import_rows(actor=actor, data=data)
    upload = BulkImport.objects.create(uploaded_by=actor, filename=filename[:200], data=data)
    return upload, _preview(actor=actor, rows=rows)


def _preview(*, actor, rows: list[Row]) -> Preview:
    known = _matches(rows)
    names = dict(Cohort.objects.filter(pk__in={r.cohort_id for r in rows}).values_list("pk", "name"))
    new_contacts = {r.contact for r in rows if r.contact not in known}
    return Preview(
        lines=len(rows),
        invitations=len(rows),
        by_email=sum(1 for r in rows if r.email),
        by_sheet=sum(1 for r in rows if not r.email),
        new_accounts=len(new_contacts) if is_administrator(actor) else None,
        cohorts=sorted(names.values()),
    )


def _username_new(taken: set[str]) -> str:
    while True:
        name = "t-" + "".join(secrets.choice(USERNAME_ALPHABET) for _ in range(8))
        if name not in taken:
            taken.add(name)
            return name


def _accounts_create(*, rows: list[Row], known: dict[str, int]) -> dict[str, int]:
    from allauth.account.models import EmailAddress

    first_rows: dict[str, Row] = {}
    for row in rows:
        if row.contact not in known:
            first_rows.setdefault(row.contact, row)
    if not first_rows:
        return {}
    unusable = make_password(None)
    taken: set[str] = set()
    users = [
        User(
            username=_username_new(taken),
            password=unusable,
            email=row.email,
            phone="" if row.email else row.phone,
            legal_name=row.name,
            school=row.school,
            region=row.region,
            preferred_language=row.language,
        )
        for row in first_rows.values()
    ]
    User.objects.bulk_create(users, batch_size=1000)
    created = _matches(list(first_rows.values()))
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(user_id=created[row.email], email=row.email, primary=True, verified=False)
            for row in first_rows.values()
            if row.email
        ],
        batch_size=1000,
        ignore_conflicts=True,
    )
    teachers = _teacher_group()
    if teachers is not None:
        through = User.groups.through
        through.objects.bulk_create(
            [through(user_id=pk, group_id=teachers.pk) for pk in created.values()],
            batch_size=1000,
            ignore_conflicts=True,
        )
    return created


def _teacher_group():
    from django.contrib.auth.models import Group

    from accounts.roles import Role

    return Group.objects.filter(name=Role.TEACHER.value).first()


def import_apply(*, actor, upload: BulkImport) -> BulkImport:
    """Apply a checked file: all-or-nothing; the lines are checked again (cohorts or rights may have changed)."""
    try:
        with transaction.atomic():
            locked = BulkImport.objects.select_for_update().get(pk=upload.pk)
            if locked.applied_at:
                return locked  # a double click: applied once
            rows = import_rows(actor=actor, data=bytes(locked.data))
            known = _matches(rows)
            created = _accounts_create(rows=rows, known=known)
            contacts = {**known, **created}
            direct = is_administrator(actor)
            to_email: list[int] = []
            by_cohort: dict[int, list[Invitee]] = {}
            for row in rows:
                by_cohort.setdefault(row.cohort_id, []).append(
                    Invitee(user_id=contacts[row.contact], invited_as=row.contact, name_given=row.name)
                )
            cohorts = Cohort.objects.in_bulk(list(by_cohort))
            for cohort_id, invitees in by_cohort.items():
                to_email += invitations_create(cohort=cohorts[cohort_id], invitees=invitees, by=actor, direct=direct)
            invitation_emails_queue(invitation_ids=to_email)
            preview = _preview_counts(rows=rows, created=created, direct=direct)
            sheet_rows = [r for r in rows if not r.email]
            locked.summary = {
                **preview,
                "sheet_user_ids": sorted({contacts[r.contact] for r in sheet_rows}),
                "sheet_languages": _sheet_languages(rows=sheet_rows, contacts=contacts),
            }
            locked.applied_at = timezone.now()
            locked.save(update_fields=["summary", "applied_at"])
            return locked
    except IntegrityError:
        # Another import created the same person between our match and our insert; nothing of ours was written.
        raise ImportRefused(
            [
                LineError(
                    None,
                    "",
                    _("Another import added some of these teachers at the same moment: upload the file again."),
                )
            ]
        ) from None


def _sheet_languages(*, rows: list[Row], contacts: dict[str, int]) -> dict[str, str]:
    """user id (as text, a JSON key) -> the language of the person's first line: their card on the code sheet is
    printed in it. The file's language, as the card's name is the file's (an account's own would tell the trainer
    it existed); for the accounts this import creates it is also the one their invitation e-mails use."""
    languages: dict[str, str] = {}
    for row in rows:
        languages.setdefault(str(contacts[row.contact]), row.language)
    return languages


def _preview_counts(*, rows: list[Row], created: dict[str, int], direct: bool) -> dict:
    return {
        "lines": len(rows),
        "invitations": len(rows),
        "by_email": sum(1 for r in rows if r.email),
        "by_sheet": sum(1 for r in rows if not r.email),
        "new_accounts": len(created) if direct else None,
        "direct": direct,
    }
