"""Reading certificates. Lookups by code do the same work whether or not the code exists (ADR 0056)."""

import functools
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC
from functools import cached_property

from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connection, connections
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from common.lost_connection import connection_was_lost
from common.prepared_sql import prepared_cursor

from .codes import CodeError, code_digest, code_parse
from .models import ENDORSEMENT_STATUS_BASE, STATUS_LIST_SIZE, Certificate, CertificateStatus, Endorsement

# The first status list of endorsements (ADR 0206): lists before it hold certificates only.
ENDORSEMENT_FIRST_LIST = ENDORSEMENT_STATUS_BASE // STATUS_LIST_SIZE + 1

# Not a hex digest, so it can never match, yet it costs the same index probe as a real one.
_NO_MATCH = "-" * 64


# Only what decides the status; the snapshot and signed documents load lazily, when a page is rendered.
_LOOKUP_COLUMNS = (
    "id",
    "code",
    "user_id",
    "level_id",
    "issued_at",
    "expires_at",
    "is_current",
    "revoked_at",
    "superseded_by_id",
)
_DATETIMES = {"issued_at", "expires_at", "revoked_at", "stale_at"}  # stale_at: page content (page_selectors)
# The holder's other certificates of the level, as the page's history links show them (ADR 0113).
_HISTORY_COLUMNS = ("id", "code", "issued_at", "expires_at", "revoked_at", "superseded_by_id", "is_current")


@dataclass(frozen=True)
class CertificateState:
    """The few columns that decide a certificate's status, read without building a model instance."""

    values: dict

    @property
    def pk(self) -> int:
        return self.values["id"]

    @property
    def status(self) -> str:
        # Same rule as Certificate.status, on the raw columns.
        v = self.values
        if v["revoked_at"] is not None:
            return CertificateStatus.REVOKED
        if v["superseded_by_id"] is not None:
            return CertificateStatus.SUPERSEDED
        if v["expires_at"] is not None and v["expires_at"] <= timezone.now():
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID


def _values(names: tuple, row) -> dict:
    values = {}
    for name, value in zip(names, row, strict=True):
        if name in _DATETIMES and value is not None:
            if isinstance(value, str):
                value = parse_datetime(value)
            if timezone.is_naive(value):  # SQLite stores UTC without an offset
                value = timezone.make_aware(value, UTC)
        elif name == "is_current":
            value = bool(value)
        values[name] = value
    return values


def _state(row: tuple) -> CertificateState:
    return CertificateState(_values(_LOOKUP_COLUMNS, row))


@dataclass(frozen=True)
class Lookup:
    code: str | None  # canonical form, when the input was a well-formed code
    state: CertificateState | None
    error: str | None  # why the input is not a code (a typo caught by the check symbol...)
    rest: tuple | None = None  # every other column, read by the same query when the page is to be rendered
    # With `whole`: the holder's other certificates of the level, newest first (only the history's columns).
    others: tuple[Certificate, ...] = ()

    @cached_property
    def certificate(self) -> Certificate | None:
        """The model instance, built on first use; with `whole=False` fields beyond the status columns load lazily
        (deferred: one query each)."""
        if self.state is None:
            return None
        if self.rest is None:
            return Certificate.from_db(connection.alias, list(_LOOKUP_COLUMNS), list(self.state.values.values()))
        # Every column: from_db then takes the values in the model's field order.
        rest = {field.attname: value for (field, _c), value in zip(_rest_fields(), self.rest, strict=True)}
        values = self.state.values | rest
        fields = Certificate._meta.concrete_fields
        return Certificate.from_db(connection.alias, [f.attname for f in fields], [values[f.attname] for f in fields])


@functools.cache
def _rest_fields() -> tuple:
    """The columns a page reads beyond the status ones, with the converters the ORM would apply to each."""
    fields = []
    for field in Certificate._meta.concrete_fields:
        if field.attname in _LOOKUP_COLUMNS:
            continue
        col = field.cached_col
        fields.append((field, [*connection.ops.get_db_converters(col), *col.get_db_converters(connection)]))
    return tuple(fields)


@functools.cache
def _history_names() -> tuple[str, ...]:
    # In the model's field order: from_db takes the values of a partial row in that order.
    return tuple(f.attname for f in Certificate._meta.concrete_fields if f.attname in _HISTORY_COLUMNS)


@functools.cache
def _lookup_sql(vendor: str, whole: bool) -> str:
    q = connection.ops.quote_name
    table = q(Certificate._meta.db_table)
    columns = [f"c.{name}" for name in _LOOKUP_COLUMNS]
    if not whole:
        return f"SELECT {', '.join(columns)} FROM {table} c WHERE c.code_digest = %s"  # noqa: S608
    columns += [f"c.{q(field.column)}" for field, _converters in _rest_fields()]
    columns += [f"o.{name}" for name in _history_names()]
    # The history in the same query: one row per other certificate of the holder and level (one row with NULLs
    # when there is none), through the index on user_id. An unknown code matches no row and joins nothing.
    return (
        f"SELECT {', '.join(columns)} FROM {table} c LEFT JOIN {table} o"  # noqa: S608
        " ON o.user_id = c.user_id AND o.level_id = c.level_id AND o.id <> c.id"
        " WHERE c.code_digest = %s ORDER BY o.issued_at DESC, o.id DESC"
    )


def _lookup_rows(sql: str, digest: str, whole: bool) -> list:
    # A plain cursor: the ORM spends longer building this query than the database spends answering it (ADR 0058);
    # prepared, so PostgreSQL plans it once per connection (ADR 0211).
    with prepared_cursor() as cursor:
        cursor.execute(sql, [digest])
        return cursor.fetchall() if whole else [cursor.fetchone()]


def _checked_by_use(read, *args):
    """`read(*args)`, where the request's first query on a kept connection checks the connection by being run.

    With CONN_HEALTH_CHECKS (production) Django sends "SELECT 1" before that first query, a round trip as costly
    as the lookup itself. A read can be its own check instead: if the server had dropped the connection, it is
    run once more on a new one, which is what the health check would have led to (ADR 0130).
    """
    db = connections[DEFAULT_DB_ALIAS]  # once: each read through django.db.connection is a context-local lookup
    unchecked = (
        getattr(db, "health_check_enabled", False)
        and not getattr(db, "health_check_done", True)
        and db.connection is not None
        and not db.in_atomic_block
    )
    if not unchecked:
        return read(*args)
    db.health_check_done = True
    try:
        return read(*args)
    except (OperationalError, InterfaceError) as exc:
        if not connection_was_lost(exc):
            raise
        db.close()
        return read(*args)


def certificate_lookup(*, raw: str, whole: bool = False) -> Lookup:
    """Exactly one indexed query whatever the input, then a constant-time comparison.

    `whole` reads in that query every column and the holder's other certificates of the level (the verification
    page shows them): nothing is loaded afterwards.
    """
    try:
        code, error = code_parse(raw), None
    except CodeError as exc:
        code, error = None, str(exc)
    digest = code_digest(code) if code else _NO_MATCH
    rows = _checked_by_use(_lookup_rows, _lookup_sql(connection.vendor, whole), digest, whole)
    row = rows[0] if rows else None
    state = _state(row[: len(_LOOKUP_COLUMNS)]) if row else None
    if state is None or not hmac.compare_digest(state.values["code"].encode(), (code or "").encode()):
        return Lookup(code=code, state=None, error=error)
    if not whole:
        return Lookup(code=code, state=state, error=error)
    split = len(_LOOKUP_COLUMNS) + len(_rest_fields())
    rest = []
    for (field, converters), value in zip(_rest_fields(), row[len(_LOOKUP_COLUMNS) : split], strict=True):
        for converter in converters:
            value = converter(value, field.cached_col, connection)
        rest.append(value)
    names = _history_names()
    others = tuple(
        Certificate.from_db(connection.alias, list(names), list(_values(names, r[split:]).values()))
        for r in rows
        if r[split] is not None
    )
    return Lookup(code=code, state=state, error=error, rest=tuple(rest), others=others)


def certificate_current(*, certificate: Certificate) -> Certificate:
    """Follow the chain of re-issues to the certificate in force now (bounded: chains are short)."""
    seen = 0
    while certificate.superseded_by_id and seen < 50:
        certificate = Certificate.objects.select_related("superseded_by").get(pk=certificate.superseded_by_id)
        seen += 1
    return certificate


def certificates_for_user(*, user) -> QuerySet[Certificate]:
    return (
        Certificate.objects.filter(user=user).select_related("level__framework", "superseded_by").order_by("-issued_at")
    )


def levels_awaiting_certificate(*, user) -> list:
    """Levels the holder attained whose certificate is not issued yet (queued, or waiting for a retry)."""
    from competency.models import LevelAttainment

    current = Certificate.objects.filter(user=user, level=OuterRef("level"), is_current=True)
    return [
        a.level
        for a in LevelAttainment.objects.filter(user=user, certificates__isnull=True)
        .exclude(Exists(current))
        .select_related("level")
        .order_by("level__order")
    ]


def status_list_revoked_indices(*, list_id: int) -> list[int]:
    """Positions set in status list `list_id`: certificates revoked or superseded (no longer in force), or, from
    list ENDORSEMENT_FIRST_LIST on, endorsements withdrawn (ADR 0206).

    An expired certificate that was renewed is no longer current but is neither: its own validUntil says expired.
    """
    first = (list_id - 1) * STATUS_LIST_SIZE
    if list_id >= ENDORSEMENT_FIRST_LIST:
        indices = Endorsement.objects.filter(
            revoked_at__isnull=False, status_list_index__gte=first, status_list_index__lt=first + STATUS_LIST_SIZE
        ).values_list("status_list_index", flat=True)
        return [index - first for index in indices]
    indices = (
        Certificate.objects.filter(
            is_current=False, status_list_index__gte=first, status_list_index__lt=first + STATUS_LIST_SIZE
        )
        .filter(Q(revoked_at__isnull=False) | Q(superseded_by__isnull=False))
        .values_list("status_list_index", flat=True)
    )
    return [index - first for index in indices]


def status_list_exists(*, list_id: int) -> bool:
    if list_id < 1:
        return False
    if list_id >= ENDORSEMENT_FIRST_LIST:
        first = (list_id - 1) * STATUS_LIST_SIZE
        return Endorsement.objects.filter(status_list_index__gte=first).exists()
    if list_id == 1:
        return True
    return Certificate.objects.filter(status_list_index__gte=(list_id - 1) * STATUS_LIST_SIZE).exists()


def status_list_count() -> int:
    """How many status lists exist (at least one): list n holds indices (n-1)·size … n·size−1."""
    highest = Certificate.objects.order_by("-status_list_index").values_list("status_list_index", flat=True).first()
    return 1 if highest is None else highest // STATUS_LIST_SIZE + 1


# --- Requests to issue, re-issue or revoke by hand (ADR 0113) ----------------------------------------------------


def certificate_requests_pending() -> QuerySet:
    """The certification officers' queue, oldest first (first asked, first decided)."""
    from .models import CertificateRequest, RequestStatus

    return (
        CertificateRequest.objects.filter(status=RequestStatus.PENDING)
        .select_related("teacher", "level", "certificate", "requested_by")
        .order_by("requested_at", "id")
    )


def certificate_requests_recent(*, user, limit: int = 50) -> list:
    """Requests decided lately: all of them for an officer, one's own for anyone else."""
    from .models import CertificateRequest, RequestStatus
    from .scope import is_certification_officer

    requests = CertificateRequest.objects.exclude(status=RequestStatus.PENDING)
    if not is_certification_officer(user):
        requests = requests.filter(requested_by=user)
    return list(
        requests.select_related("teacher", "level", "certificate", "result", "requested_by", "decided_by").order_by(
            "-decided_at", "-id"
        )[:limit]
    )


def certificate_requests_mine_pending(*, user) -> QuerySet:
    return certificate_requests_pending().filter(requested_by=user)


# --- History on the verify page -------------------------------------------------------------------------------------


def certificate_history(*, certificate: Certificate, others: Iterable[Certificate] | None = None) -> dict:
    """The holder's other certificates for the same level, both ways, in one query (none when `others`, newest
    first, were read already: `certificate_lookup(whole=True).others`).

    "earlier": what this one replaced, newest first (re-issues point here through superseded_by; renewals of an
    expired certificate are the earlier ones of the same holder and level). "later": the ones issued after it.
    Only the columns a link and its status need; no snapshot is read.
    """
    if others is None:
        others = list(
            Certificate.objects.filter(user_id=certificate.user_id, level_id=certificate.level_id)
            .exclude(pk=certificate.pk)
            .only(*_HISTORY_COLUMNS)
            .order_by("-issued_at", "-id")
        )
    key = (certificate.issued_at, certificate.pk)
    return {
        "earlier": [c for c in others if (c.issued_at, c.pk) < key],
        "later": [c for c in others if (c.issued_at, c.pk) > key],
    }


# --- Endorsements (ADR 0205) ---------------------------------------------------------------------------------------

# What the verify page shows of an endorsement: no join, no signed JSON.
_ENDORSEMENT_COLUMNS = ("id", "public_id", "certificate_id", "endorser_name", "comment", "issued_at", "revoked_at")


def endorsements_for_certificate(*, certificate_id: int) -> list[Endorsement]:
    """The certificate's endorsements, oldest first, withdrawn ones included (the page says so): one query."""
    return list(
        Endorsement.objects.filter(certificate_id=certificate_id)
        .only(*_ENDORSEMENT_COLUMNS)
        .order_by("issued_at", "id")
    )


def endorsement_by_public_id(*, public_id: str) -> Endorsement | None:
    return Endorsement.objects.filter(public_id=public_id).first()


def endorsement_live(*, endorser, certificate_id: int) -> Endorsement | None:
    """`endorser`'s endorsement in force of the certificate, if any."""
    return Endorsement.objects.filter(endorser=endorser, certificate_id=certificate_id, revoked_at__isnull=True).first()


def endorsements_received_live(*, user) -> dict[int, list[Endorsement]]:
    """The endorsements in force of `user`'s certificates, by certificate id, oldest first: one query."""
    by_certificate: dict[int, list[Endorsement]] = {}
    live = Endorsement.objects.filter(certificate__user=user, revoked_at__isnull=True).only(*_ENDORSEMENT_COLUMNS)
    for endorsement in live.order_by("issued_at", "id"):
        by_certificate.setdefault(endorsement.certificate_id, []).append(endorsement)
    return by_certificate


def endorsements_written(*, user) -> list[Endorsement]:
    return list(Endorsement.objects.filter(endorser=user).select_related("certificate").order_by("-issued_at", "-id"))


def endorsements_recent(*, limit: int = 200) -> list[Endorsement]:
    """The newest endorsements, withdrawn ones included, for officers looking for abuse (ADR 0208)."""
    queryset = Endorsement.objects.select_related("certificate").defer("credential_json")
    return list(queryset.order_by("-issued_at", "-id")[:limit])
