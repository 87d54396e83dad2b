"""The verification lookups planned once per connection on PostgreSQL (ADR 0211), read exactly as before, and left
to the ordinary cursor where statements cannot be prepared (SQLite, a pooler that forgets them)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from certificates.codes import code_generate
from certificates.models import Certificate
from certificates.page_selectors import certificate_page_lookup
from certificates.selectors import certificate_lookup
from certificates.services.page_content import verify_content_generation

pytestmark = pytest.mark.django_db


def prepared_runs() -> dict[str, int]:
    """The statements this session prepared, with how often each ran; empty on SQLite, which has no such thing."""
    if connection.vendor != "postgresql":
        return {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement, generic_plans + custom_plans FROM pg_prepared_statements")
        return dict(cursor.fetchall())


def runs_of(statements: dict[str, int], fragment: str) -> int:
    return sum(runs for statement, runs in statements.items() if fragment in statement)


def page_lookup(raw: str):
    return certificate_page_lookup(raw=raw, language="en", generation=verify_content_generation())


def test_distinct_codes_reuse_one_plan_and_read_what_the_orm_reads(certificate):
    expires = timezone.now().replace(microsecond=123456) + timedelta(days=30)
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=expires)
    before = prepared_runs()
    codes = [certificate.code, *(code_generate() for _ in range(5)), "not a code"]
    pages = [page_lookup(code) for code in codes]
    lookups = [certificate_lookup(raw=code) for code in codes]
    # What the page shows is read as the ORM reads it: the holder's code, an aware instant to the microsecond.
    assert pages[0].state.values["code"] == lookups[0].state.values["code"] == certificate.code
    assert pages[0].state.values["expires_at"] == lookups[0].state.values["expires_at"] == expires
    assert [p.state for p in pages[1:]] == [p.state for p in lookups[1:]] == [None] * 6
    assert pages[-1].error and pages[-1].error == lookups[-1].error
    after = prepared_runs()
    if connection.vendor == "postgresql":
        # Seven codes, one statement each, run seven times: the values travel apart from the text.
        page = [s for s in after if "verifypagecontent" in s]
        plain = [s for s in after if "JOIN" not in s and s.endswith("WHERE c.code_digest = $1")]
        for statements in (page, plain):
            assert len(statements) == 1, statements
            assert runs_of(after, statements[0]) - runs_of(before, statements[0]) == len(codes)
    else:
        assert after == before == {}


def test_only_the_lookups_are_prepared(certificate, teacher):
    for _ in range(8):  # more than psycopg's default threshold: Django's queries must still not be prepared
        list(Certificate.objects.filter(user=teacher))
        page_lookup(certificate.code)
    statements = prepared_runs()
    assert all("code_digest = $" in statement for statement in statements), statements
    assert bool(statements) == (connection.vendor == "postgresql")


def test_behind_a_pooler_that_forgets_statements_nothing_is_prepared(certificate, settings):
    settings.DATABASE_PREPARED_LOOKUPS = False
    before = prepared_runs()
    for code in (certificate.code, code_generate()):
        assert page_lookup(code).error is None
        certificate_lookup(raw=code)
    assert prepared_runs() == before
    assert page_lookup(certificate.code).state.values["code"] == certificate.code
