"""The cached verification page: no database work on a repeat visit, yet never out of date."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from certificates.codes import code_generate
from certificates.models import Certificate
from certificates.services import certificate_issue

from .conftest import attain


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    settings.CERTIFICATE_LOOKUP_RATE = "1000/m"
    cache.clear()
    yield
    cache.clear()


def page(client, code: str) -> str:
    return client.get(f"/verify/{code}/").content.decode()


def test_a_repeat_visit_answers_without_the_database(client, certificate, django_assert_num_queries):
    first = page(client, certificate.code)
    with django_assert_num_queries(0):
        again = page(client, certificate.code)
    assert again == first and "VALID" in again
    unknown = code_generate()
    page(client, unknown)
    with django_assert_num_queries(0):
        assert "NOT FOUND" in page(client, unknown)


def test_a_cached_valid_page_turns_expired_at_the_expiry_instant(client, certificate, monkeypatch):
    expiry = timezone.now() + timedelta(hours=1)
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=expiry)
    cache.clear()
    assert ">VALID<" in page(client, certificate.code)
    later = expiry + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "EXPIRED" in page(client, certificate.code)


def test_a_change_made_outside_the_services_is_shown_at_once(client, certificate):
    assert ">VALID<" in page(client, certificate.code)
    certificate.revoked_at, certificate.revoke_reason, certificate.is_current = timezone.now(), "Fixed by hand", False
    certificate.save()
    body = page(client, certificate.code)
    assert "REVOKED" in body and "Fixed by hand" in body


def test_a_code_seen_as_not_found_shows_valid_once_issued(client, teacher, level_ka, monkeypatch):
    code = code_generate()
    assert "NOT FOUND" in page(client, code)
    attain(teacher, level_ka)
    monkeypatch.setattr("certificates.services.issue.code_generate", lambda: code)
    assert certificate_issue(user=teacher, level=level_ka).code == code
    assert ">VALID<" in page(client, code)


def test_signed_in_visitors_get_their_own_page(client, certificate, teacher):
    assert "Log in" in page(client, certificate.code)  # cached for anonymous visitors
    client.force_login(teacher)
    assert "Log out" in page(client, certificate.code)
