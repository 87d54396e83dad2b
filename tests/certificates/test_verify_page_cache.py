"""The cached verification page: no database work on a repeat visit, yet never out of date."""

import gzip
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from certificates.codes import code_generate
from certificates.models import Certificate, VerifyPageContent
from certificates.page_cache import (
    verify_page_entry,
    verify_page_forget,
    verify_page_key,
    verify_page_read,
    verify_page_store,
)
from certificates.services import certificate_issue, certificate_revoke

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


def test_a_first_visit_costs_one_query_and_a_cached_one_none(client, certificate, django_assert_num_queries):
    # One indexed lookup reads the status and the content rendered when the certificate was issued (ADR 0210).
    with django_assert_num_queries(1):
        assert ">VALID<" in page(client, certificate.code)
    with django_assert_num_queries(0):
        assert ">VALID<" in page(client, certificate.code)
    unknown = code_generate()
    with django_assert_num_queries(1):
        assert "NOT FOUND" in page(client, unknown)
    with django_assert_num_queries(0):
        assert "NOT FOUND" in page(client, unknown)


def test_a_page_whose_content_is_not_rendered_yet_costs_one_query_more(client, certificate, django_assert_num_queries):
    # A change was committed and its content not rendered yet: the page is rendered as it is visited, by the lookup
    # that reads every column the page shows and the history links (ADR 0113, ADR 0130).
    VerifyPageContent.objects.all().delete()
    with django_assert_num_queries(2):
        assert ">VALID<" in page(client, certificate.code)
    with django_assert_num_queries(0):
        assert ">VALID<" in page(client, certificate.code)


def test_the_page_is_sent_gzipped_once_to_browsers_that_accept_it(client, certificate):
    plain = page(client, certificate.code)
    for _visit in ("first", "cached"):
        response = client.get(f"/verify/{certificate.code}/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"] and "Cookie" in response["Vary"]
        assert gzip.decompress(response.content).decode() == plain  # compressed once, not twice
    cache.clear()
    response = client.get(f"/verify/{certificate.code}/", HTTP_ACCEPT_ENCODING="gzip")
    assert gzip.decompress(response.content).decode() == plain


def test_revoking_shows_revoked_on_the_very_next_request(client, certificate):
    for _visit in range(2):
        assert ">VALID<" in page(client, certificate.code)
    certificate_revoke(certificate=certificate, reason="Identity fraud")
    response = client.get(f"/verify/{certificate.code}/", HTTP_ACCEPT_ENCODING="gzip")
    body = gzip.decompress(response.content).decode()
    assert "REVOKED" in body and "Identity fraud" in body and ">VALID<" not in body


def test_a_page_read_before_a_revocation_is_not_stored_after_it(certificate):
    # A request reads the cache (nothing) and the row (still valid); the revocation commits meanwhile; then the
    # request tries to store the page it rendered: the tombstone the revocation left must win.
    def entry():
        return verify_page_entry(raw=certificate.code, language="en")

    seen = entry()
    verify_page_forget(code=certificate.code)
    verify_page_store(raw=certificate.code, language="en", html=b"<p>VALID</p>", seen=seen)
    assert verify_page_read(entry()) is None
    # A request that read the cache after the change stores its page.
    verify_page_store(raw=certificate.code, language="en", html=b"<p>REVOKED</p>", seen=entry())
    assert gzip.decompress(verify_page_read(entry())) == b"<p>REVOKED</p>"


def test_the_rate_limit_counts_cached_visits_too(client, certificate, settings):
    settings.CERTIFICATE_LOOKUP_RATE = "3/m"
    assert [client.get(f"/verify/{certificate.code}/").status_code for _ in range(4)] == [200, 200, 200, 429]


def test_a_page_with_a_query_string_is_not_stored_for_others(client, certificate):
    # The page links back to itself with its query string (language switcher): another visitor must not get it.
    assert "utm_source" in client.get(f"/verify/{certificate.code}/?utm_source=mail").content.decode()
    assert "utm_source" not in page(client, certificate.code)


def test_a_page_showing_a_visitors_message_is_not_stored_for_others(client, certificate):
    from django.contrib.messages import constants
    from django.contrib.messages.storage.base import Message
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.test import RequestFactory

    storage = CookieStorage(RequestFactory().get("/"))
    client.cookies["messages"] = storage._encode([Message(constants.INFO, "Welcome back, Ana")])
    assert "Welcome back, Ana" in page(client, certificate.code)
    del client.cookies["messages"]
    assert "Welcome back, Ana" not in page(client, certificate.code)


def test_revoking_a_certificate_updates_the_history_on_the_page_of_the_one_it_replaced(client, certificate):
    from certificates.services import certificate_reissue

    later = certificate_reissue(certificate=certificate)
    before = page(client, certificate.code)  # now cached
    assert "Replaced by certificate" in before
    certificate_revoke(certificate=later, reason="Issued in error.")
    assert page(client, certificate.code).count("Revoked") == before.count("Revoked") + 1


def test_the_page_is_stored_without_waiting_for_redis_and_the_connection_stays_in_step(client, certificate):
    from certificates import page_cache
    from certificates.ratelimits import redis_client

    body = page(client, certificate.code)
    assert gzip.decompress(verify_page_read(verify_page_entry(raw=certificate.code, language="en"))).decode() == body
    redis = redis_client()
    if redis is None:  # the SQLite leg: the cache is Django's, and the store is a plain write
        return
    # Redis: the compare-and-set went out after CLIENT REPLY SKIP (ADR 0210); no reply is left for the next command.
    assert page_cache._replies_skippable(redis) is True
    for n in range(20):
        verify_page_store(raw=f"TEST-{n}", language="en", html=f"<p>{n}</p>".encode(), seen=None)
        assert redis.echo(f"after {n}") == f"after {n}".encode()
        assert (
            gzip.decompress(verify_page_read(verify_page_entry(raw=f"TEST-{n}", language="en")))
            == f"<p>{n}</p>".encode()
        )


def test_a_redis_that_refuses_to_skip_replies_gets_the_compare_and_set_waited_for(certificate, settings):
    import redis as redis_py

    from certificates import page_cache
    from certificates.ratelimits import redis_client

    server = redis_client()
    if server is None:  # the SQLite leg has no Redis to ask
        assert page_cache._skippable == {}
        return
    # A real Redis user who may not run CLIENT (as some hosted services and proxies have it).
    user = "ictcft-test-no-client"
    server.execute_command("ACL", "SETUSER", user, "on", "nopass", "~*", "&*", "+@all", "-client")
    try:
        url = settings.CACHES["default"]["LOCATION"].replace("redis://", f"redis://{user}@", 1)
        limited = redis_py.Redis.from_url(url)
        assert page_cache._replies_skippable(limited) is False
        assert limited.echo("in step") == b"in step"
        key = cache.make_key(verify_page_key(raw="TEST-REFUSED", language="en"))
        assert page_cache._send_without_reply(limited, ("SET", key, b"x")) is False  # the caller waits instead
        assert limited.get(key) is None and limited.echo("still") == b"still"
    finally:
        server.execute_command("ACL", "DELUSER", user)
        page_cache._skippable.pop(id(limited), None)
