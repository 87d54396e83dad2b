"""Writing cohorts: create, assign, add teachers (one by one, by CSV all-or-nothing, by join code)."""

import csv
import io

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from accounts.models import User

from ..models import Cohort, CohortMembership, JoinMethod, join_code_new, join_code_normalise

MAX_CSV_BYTES = 1_000_000
HEADER_WORDS = {"username", "email", "user", "e-mail", "login"}


class CohortError(Exception):
    """A request that cannot be carried out, with the reason in words for the trainer."""


@transaction.atomic
def cohort_create(*, name: str, trainer, description: str = "", **assignment) -> Cohort:
    name = (name or "").strip()
    if not name:
        raise CohortError(_("Give the cohort a name."))
    cohort = Cohort.objects.create(name=name, description=description, created_by=trainer)
    cohort.trainers.add(trainer)
    if assignment:
        cohort_update(cohort=cohort, **assignment)
    return cohort


@transaction.atomic
def cohort_update(*, cohort: Cohort, modules=None, **fields) -> Cohort:
    """Name, description, target level, due date, join_open; modules replaces the assigned modules."""
    for name, value in fields.items():
        setattr(cohort, name, value)
    cohort.full_clean(exclude=["trainers", "members", "modules", "join_code"])
    cohort.save()
    if modules is not None:
        cohort.modules.set(modules)
    return cohort


def _find(identifier: str) -> User | None:
    identifier = identifier.strip()
    if not identifier:
        return None
    matches = list(User.objects.filter(Q(username__iexact=identifier) | Q(email__iexact=identifier))[:2])
    return matches[0] if len(matches) == 1 else None


def _add(*, cohort: Cohort, users: list[User], method: str) -> int:
    already = set(CohortMembership.objects.filter(cohort=cohort, user__in=users).values_list("user_id", flat=True))
    new = {u.pk: u for u in users if u.pk not in already}
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=u, method=method) for u in new.values()], ignore_conflicts=True
    )
    return len(new)


@transaction.atomic
def cohort_members_add(*, cohort: Cohort, identifiers: list[str]) -> int:
    """An administrator adds teachers by username or email, without asking them (trainers invite: enrolment);
    all or nothing. Returns how many were new to the cohort."""
    users, unknown = [], []
    for identifier in identifiers:
        if not identifier.strip():
            continue
        user = _find(identifier)
        (users.append(user) if user else unknown.append(identifier.strip()))
    if unknown:
        raise CohortError(
            _("No teacher with this username or email: %(names)s. Nobody was added.") % {"names": ", ".join(unknown)}
        )
    return _add(cohort=cohort, users=users, method=JoinMethod.ADDED)


def csv_identifiers(*, data: bytes) -> list[tuple[int, str]]:
    """(line number, username or email) from a one-column CSV (a header line is allowed)."""
    if len(data) > MAX_CSV_BYTES:
        raise CohortError(_("The file is larger than 1 MB: split it and import the parts."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CohortError(_("The file is not UTF-8 text: save it as “CSV UTF-8” and try again.")) from None
    if "\x00" in text:
        raise CohortError(_("The file is not a CSV text file: save it as “CSV UTF-8”."))
    found = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        identifier = cells[0] or next((c for c in cells if c), "")
        if number == 1 and identifier.lower() in HEADER_WORDS:
            continue
        found.append((number, identifier))
    if not found:
        raise CohortError(_("The file lists no teachers."))
    return found


@transaction.atomic
def cohort_members_import_csv(*, cohort: Cohort, data: bytes) -> int:
    """An administrator's direct add from a CSV of usernames or emails (first column; a header line is allowed).
    All-or-nothing: the first bad line is named and nobody is added. Trainers invite instead (enrolment)."""
    users = []
    for number, identifier in csv_identifiers(data=data):
        user = _find(identifier)
        if user is None:
            raise CohortError(
                _("Line %(line)d: no teacher with the username or email “%(value)s”. Nobody was added.")
                % {"line": number, "value": identifier}
            )
        users.append(user)
    return _add(cohort=cohort, users=users, method=JoinMethod.CSV)


def cohort_join(*, code: str, user) -> Cohort:
    """A teacher joins with the code the trainer gave (or the link that carries it). Joining twice is harmless."""
    cohort = Cohort.objects.filter(join_code=join_code_normalise(code), join_open=True).first()
    if cohort is None:
        raise CohortError(_("This join code is not valid, or the cohort no longer accepts new teachers."))
    try:
        with transaction.atomic():
            CohortMembership.objects.get_or_create(cohort=cohort, user=user, defaults={"method": JoinMethod.CODE})
    except IntegrityError:  # a double click raced itself: the membership exists
        pass
    return cohort


def cohort_member_remove(*, cohort: Cohort, user_id: int) -> None:
    CohortMembership.objects.filter(cohort=cohort, user_id=user_id).delete()


def cohort_join_code_renew(*, cohort: Cohort) -> Cohort:
    """A new code; the old one (and its link) stops working at once."""
    cohort.join_code = join_code_new()
    cohort.save(update_fields=["join_code"])
    return cohort
