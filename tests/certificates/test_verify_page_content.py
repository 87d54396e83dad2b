"""The verification page's content rendered when a certificate changes (ADR 0210): the very page a visit would
render, in every language and status; never used once it is out of date; rendered again by the sweep."""

import gzip
import logging
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db.models import F
from django.utils import timezone, translation

from certificates import page_frame
from certificates.models import Certificate, VerifyPageContent
from certificates.page_cache import verify_page_forget
from certificates.page_selectors import certificate_page_lookup
from certificates.services import (
    certificate_reissue,
    certificate_revoke,
    endorsement_issue,
    endorsement_revoke,
    page_content,
)
from certificates.services.page_content import (
    verify_content_generation,
    verify_content_render,
    verify_contents_refresh,
)

LANGUAGES = ("en", "fr", "es", "ar")


@pytest.fixture(autouse=True)
def _fresh(settings):
    settings.CERTIFICATE_LOOKUP_RATE = "1000/m"
    cache.clear()
    page_frame._frames.clear()
    yield
    cache.clear()


def visit(client, code: str, language: str) -> tuple[str, dict]:
    cache.clear()
    response = client.get(f"/verify/{code}/", HTTP_ACCEPT_LANGUAGE=language, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    return gzip.decompress(response.content).decode(), dict(response.headers)


def from_content(code: str, language: str) -> bool:
    return (
        certificate_page_lookup(raw=code, language=language, generation=verify_content_generation()).segment is not None
    )


@pytest.fixture
def cohort_trainer(trainer, teacher):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    cohort = cohort_create(name="Riverside", trainer=trainer)
    CohortMembership.objects.create(cohort=cohort, user=teacher)
    return trainer


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_from_rendered_content_is_the_page_a_visit_renders(client, certificate, cohort_trainer, language):
    # Every status and part the content shows: history both ways, a reason with markup, endorsements (one withdrawn).
    endorsement_issue(endorser=cohort_trainer, certificate=certificate, comment="Careful <b>planning</b> & care")
    new = certificate_reissue(certificate=certificate)
    withdrawn = endorsement_issue(endorser=cohort_trainer, certificate=new, comment="Withdrawn words")
    endorsement_revoke(endorsement=withdrawn, reason="Mistake")
    newest = certificate_reissue(certificate=new)
    certificate_revoke(certificate=newest, reason="Issued <in> error & withdrawn")
    Certificate.objects.filter(pk=new.pk).update(expires_at=timezone.now() + timedelta(days=400))
    verify_page_forget(code=new.code)
    for shown in (certificate, new, newest):
        verify_content_render(code=shown.code)
        assert from_content(shown.code, language)
        rendered = visit(client, shown.code, language)
        VerifyPageContent.objects.filter(certificate=shown).delete()
        assert not from_content(shown.code, language)
        assert visit(client, shown.code, language) == rendered  # body and headers alike


def test_a_first_visit_reads_the_content_and_renders_nothing(
    client, certificate, monkeypatch, django_assert_num_queries
):
    from certificates import views

    monkeypatch.setattr(views, "verify_body_render", lambda context: pytest.fail("rendered on a visit"))
    with django_assert_num_queries(1):
        body, _headers = visit(client, certificate.code, "fr")
    with translation.override("fr"):
        assert f">{translation.gettext('VALID')}<" in body
    assert certificate.snapshot["holder_name"] in body


def test_a_change_stops_the_content_at_once_and_it_is_rendered_after_commit(
    client, certificate, django_capture_on_commit_callbacks
):
    assert from_content(certificate.code, "en")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        certificate_revoke(certificate=certificate, reason="Identity fraud")
    # Committed but not rendered yet: the old content (VALID) is never served; the page is rendered as visited.
    assert not from_content(certificate.code, "en")
    body, _headers = visit(client, certificate.code, "en")
    assert ">REVOKED<" in body and "Identity fraud" in body
    for callback in callbacks:
        callback()
    assert all(from_content(certificate.code, language) for language in LANGUAGES)
    assert visit(client, certificate.code, "en")[0] == body


def test_content_rendered_for_an_earlier_version_is_never_used(client, certificate):
    # A render that read the certificate before a change committed stores content for the earlier version.
    Certificate.objects.filter(pk=certificate.pk).update(page_version=F("page_version") + 1)
    assert not from_content(certificate.code, "en")
    assert verify_content_render(code=certificate.code)
    assert from_content(certificate.code, "en")
    assert not verify_content_render(code=certificate.code)  # fresh: nothing to do


def test_a_status_that_lapses_stops_the_content(client, certificate, monkeypatch):
    expiry = timezone.now() + timedelta(hours=1)
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=expiry)
    verify_page_forget(code=certificate.code)
    verify_content_render(code=certificate.code)
    assert VerifyPageContent.objects.filter(certificate=certificate, stale_at=expiry).count() == len(LANGUAGES)
    assert ">VALID<" in visit(client, certificate.code, "en")[0]
    later = expiry + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert not from_content(certificate.code, "en")
    assert ">EXPIRED<" in visit(client, certificate.code, "en")[0]


def test_a_listed_certificate_that_expires_stops_the_content_of_the_pages_listing_it(certificate):
    new = certificate_reissue(certificate=certificate)
    expiry = timezone.now() + timedelta(days=3)
    Certificate.objects.filter(pk=new.pk).update(expires_at=expiry)
    verify_page_forget(code=certificate.code)
    verify_content_render(code=certificate.code)  # its history shows the new one "Valid" until `expiry`
    assert set(VerifyPageContent.objects.filter(certificate=certificate).values_list("stale_at", flat=True)) == {expiry}


def test_another_generation_of_the_code_is_not_used_and_the_sweep_renders_it_again(certificate, monkeypatch):
    assert from_content(certificate.code, "en")
    monkeypatch.setattr(page_content, "CONTENT_FORMAT", "next")
    verify_content_generation.cache_clear()
    try:
        assert not from_content(certificate.code, "en")
        assert verify_contents_refresh() == 1
        assert from_content(certificate.code, "en")
        assert verify_contents_refresh() == 0
    finally:
        verify_content_generation.cache_clear()


@pytest.fixture
def unrendered(make_user, level_ka) -> list[Certificate]:
    """Three certificates, oldest first, none with content: on_commit never runs in these tests."""
    from certificates.services import certificate_issue

    from .conftest import attain

    issued = []
    for name in ("ana", "ben", "chloe"):
        user = make_user(name)
        attain(user, level_ka)
        issued.append(certificate_issue(user=user, level=level_ka))
    return issued


def test_the_sweep_renders_newest_first_and_the_command_renders_the_rest(unrendered):
    assert not VerifyPageContent.objects.exists()
    assert verify_contents_refresh(limit=1) == 1
    assert set(VerifyPageContent.objects.values_list("certificate_id", flat=True)) == {unrendered[-1].pk}
    call_command("verify_pages_render", "--batch", "1")
    assert VerifyPageContent.objects.count() == len(unrendered) * len(LANGUAGES)


def test_the_sweep_looks_through_one_window_at_a_time_then_starts_again_from_the_newest(unrendered):
    # A million certificates are looked through a window per sweep, never all of them every five minutes.
    ids = [c.pk for c in unrendered]
    assert ids == list(range(ids[0], ids[0] + 3))  # one id a window below
    rendered = lambda: set(VerifyPageContent.objects.values_list("certificate_id", flat=True))  # noqa: E731
    for expected in ({ids[2]}, {ids[2], ids[1]}, set(ids)):
        assert verify_contents_refresh(window=1) == 1
        assert rendered() == expected
    assert verify_contents_refresh(window=1) == 0  # from the newest again: fresh
    verify_page_forget(code=unrendered[1].code)  # its content is out of date, and rendering it on commit failed
    assert not from_content(unrendered[1].code, "en")
    assert [verify_contents_refresh(window=1) for _sweep in range(3)] == [1, 0, 0]  # the next window down
    assert all(from_content(c.code, language) for c in unrendered for language in LANGUAGES)


def test_the_task_workers_share_the_rendering_one_task_per_range(unrendered):
    from io import StringIO

    out = StringIO()
    call_command("verify_pages_render", "--queue", "--chunk", "2", stdout=out)  # the tests' task queue runs at once
    assert "2 task(s) queued" in out.getvalue()  # three ids, two per task
    assert all(from_content(c.code, language) for c in unrendered for language in LANGUAGES)
    out = StringIO()
    call_command("verify_pages_render", stdout=out)
    assert "(0 rendered;" in out.getvalue()


def test_a_failed_render_never_fails_the_change(certificate, monkeypatch, caplog, django_capture_on_commit_callbacks):
    def broken(context):
        raise RuntimeError("template bug")

    monkeypatch.setattr(page_content, "verify_body_render", broken)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(certificate=certificate, reason="Identity fraud")
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert "was not rendered" in caplog.text
    assert not from_content(certificate.code, "en")


def test_an_erased_endorsers_name_leaves_the_page(
    client, certificate, cohort_trainer, django_capture_on_commit_callbacks
):
    from certificates.personal_data import erase

    with django_capture_on_commit_callbacks(execute=True):
        endorsement_issue(endorser=cohort_trainer, certificate=certificate, comment="Superb plans.")
    name = cohort_trainer.get_full_name() or cohort_trainer.username
    assert name in visit(client, certificate.code, "en")[0]
    with django_capture_on_commit_callbacks(execute=True):
        erase(user=cohort_trainer)
    assert from_content(certificate.code, "en")
    body = client.get(f"/verify/{certificate.code}/").content.decode()  # the cached page was dropped too
    assert name not in body and "A person whose account was erased" in body
