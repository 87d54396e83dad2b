"""The verification page's lookup: the certificate's status and its content rendered ahead of visits (ADR 0210), in
one indexed query, whatever the input (ADR 0056)."""

import functools
import hmac
from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.utils import timezone

from common.gzip_join import deflate_segment_read
from common.prepared_sql import prepared_cursor

from .codes import CodeError, code_digest, code_parse
from .models import Certificate, VerifyPageContent
from .selectors import _NO_MATCH, CertificateState, _checked_by_use, _values

# What the page needs of the certificate itself (its status and canonical code): the rest is in the content.
_STATE_COLUMNS = ("code", "expires_at", "revoked_at", "superseded_by_id")


@dataclass(frozen=True)
class PageLookup:
    code: str | None  # canonical form, when the input was a well-formed code
    state: CertificateState | None
    error: str | None
    segment: bytes | None = None  # the content rendered ahead (a deflate segment), when it shows the certificate now
    stale_at: datetime | None = None  # when that content stops being true (a status it shows lapses)

    @property
    def body(self) -> str | None:
        return None if self.segment is None else deflate_segment_read(self.segment).decode()


@functools.cache
def _page_sql(vendor: str) -> str:
    q = connection.ops.quote_name
    certificates, contents = q(Certificate._meta.db_table), q(VerifyPageContent._meta.db_table)
    columns = [f"c.{name}" for name in _STATE_COLUMNS] + ["v.status", "v.stale_at", "v.body"]
    # The content joins only if it was rendered for this version of the certificate by this code: an old one is
    # never read, let alone sent.
    return (
        f"SELECT {', '.join(columns)} FROM {certificates} c LEFT JOIN {contents} v"  # noqa: S608
        " ON v.certificate_id = c.id AND v.language = %s AND v.generation = %s AND v.version = c.page_version"
        " WHERE c.code_digest = %s"
    )


def _page_row(sql: str, params: list):
    with prepared_cursor() as cursor:  # planned once per connection (ADR 0211)
        cursor.execute(sql, params)
        return cursor.fetchone()


def certificate_page_lookup(*, raw: str, language: str, generation: str) -> PageLookup:
    """Exactly one indexed query, as `certificate_lookup`; with the content rendered in `language` by `generation`
    when there is one that shows the certificate's status now and has not lapsed."""
    try:
        code, error = code_parse(raw), None
    except CodeError as exc:
        code, error = None, str(exc)
    digest = code_digest(code) if code else _NO_MATCH
    row = _checked_by_use(_page_row, _page_sql(connection.vendor), [language, generation, digest])
    state = CertificateState(_values(_STATE_COLUMNS, row[: len(_STATE_COLUMNS)])) if row else None
    if state is None or not hmac.compare_digest(state.values["code"].encode(), (code or "").encode()):
        return PageLookup(code=code, state=None, error=error)
    status, stale_at, body = row[len(_STATE_COLUMNS) :]
    if body is None or status != state.status:
        return PageLookup(code=code, state=state, error=error)
    stale_at = _values(("stale_at",), (stale_at,))["stale_at"]
    if stale_at is not None and timezone.now() >= stale_at:
        return PageLookup(code=code, state=state, error=error)
    return PageLookup(code=code, state=state, error=error, segment=bytes(body), stale_at=stale_at)
