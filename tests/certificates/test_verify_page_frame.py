"""The verification page's frame, rendered once per language: anonymous visitors get the very page a whole render
gives, in every language, and a revocation still shows at once (ADR 0130)."""

import gzip
import secrets

import pytest
from django.core.cache import cache
from django.utils import translation
from django.utils.encoding import escape_uri_path

from certificates import page_frame
from certificates.codes import code_format
from certificates.services import certificate_issue, certificate_reissue, certificate_revoke

from .conftest import attain

LANGUAGES = ("en", "fr", "es", "ar")


@pytest.fixture(autouse=True)
def _fresh(settings):
    settings.CERTIFICATE_LOOKUP_RATE = "1000/m"
    cache.clear()
    page_frame._frames.clear()
    yield
    cache.clear()


def answer(client, url: str, language: str) -> tuple[str, dict]:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    return response.content.decode(), dict(response.headers)


def page(client, url: str, language: str) -> str:
    return answer(client, url, language)[0]


def whole(client, url: str, language: str, monkeypatch) -> tuple[str, dict]:
    """The page and its headers rendered in one piece, as for a visitor the frame is not used for."""
    with monkeypatch.context() as patch:
        patch.setattr(page_frame, "_frame", lambda request: None)
        cache.clear()
        result = answer(client, url, language)
    cache.clear()
    return result


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_framed_page_is_the_whole_page_in_every_language(client, certificate, monkeypatch, language):
    new = certificate_reissue(certificate=certificate)  # history both ways, and a superseded page
    certificate_revoke(certificate=new, reason="Issued <in> error & withdrawn")
    # Known codes, an unknown one, one typed in another form (not stored), and one that is not a code at all.
    unknown = ["/verify/0000-0000-0000-0001-1/", "/verify/oooo-oooo-oooo-ooo1-1/", "/verify/abc/"]
    for url in [f"/verify/{c.code}/" for c in (certificate, new)] + unknown:
        expected = whole(client, url, language, monkeypatch)
        assert answer(client, url, language) == expected  # a first visit, framed
        assert answer(client, url, language) == expected  # the cached copy, or a framed one again
    assert list(page_frame._frames) == [language]  # rendered once, used for every page


def test_each_language_has_its_own_frame_and_direction(client, certificate):
    url = f"/verify/{certificate.code}/"
    bodies = {language: page(client, url, language) for language in (*LANGUAGES, "en")}
    assert '<html lang="ar" dir="rtl">' in bodies["ar"]
    for language in ("en", "fr", "es"):
        assert f'<html lang="{language}" dir="ltr">' in bodies[language]
        with translation.override(language):
            assert translation.gettext("Verify a certificate") in bodies[language]
    assert sorted(page_frame._frames) == sorted(LANGUAGES)


@pytest.mark.parametrize("symbol", ["*", "~", "$", "="])
def test_the_language_switcher_and_sign_in_link_carry_this_pages_address(
    client, teacher, level_ka, monkeypatch, symbol
):
    code = next(c for c in (code_format(secrets.randbits(80)) for _ in range(5000)) if c.endswith(symbol))
    monkeypatch.setattr("certificates.services.issue.code_generate", lambda: code)
    attain(teacher, level_ka)
    certificate_issue(user=teacher, level=level_ka)
    for url in ("/verify/0000-0000-0000-0001-1/", f"/verify/{code}/"):  # the second one fills the kept frame
        expected, _headers = whole(client, url, "en", monkeypatch)
        body = page(client, url, "en")
        assert body == expected
        assert f'name="next" value="{escape_uri_path(url)}"' in body  # "=" is sent as %3D


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_revocation_shows_at_once_in_every_language(client, certificate, language):
    url = f"/verify/{certificate.code}/"
    with translation.override(language):
        valid, revoked = translation.gettext("VALID"), translation.gettext("REVOKED")
    for _visit in ("first", "cached"):
        assert f">{valid}<" in page(client, url, language)
    certificate_revoke(certificate=certificate, reason="Identity fraud")
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language, HTTP_ACCEPT_ENCODING="gzip")
    body = gzip.decompress(response.content).decode()
    assert f">{revoked}<" in body and "Identity fraud" in body and f">{valid}<" not in body
    assert page(client, url, language) == body  # and it is the copy kept for the next visitors


def test_signed_in_visitors_and_visitors_with_messages_get_a_whole_render(client, certificate, teacher):
    from django.contrib.messages import constants
    from django.contrib.messages.storage.base import Message
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.test import RequestFactory

    url = f"/verify/{certificate.code}/"
    assert "Log in" in page(client, url, "en")  # the kept frame: anonymous navigation
    cache.clear()  # a first visit: the cached page is the same for everyone
    storage = CookieStorage(RequestFactory().get("/"))
    client.cookies["messages"] = storage._encode([Message(constants.INFO, "Welcome back, Ana")])
    assert "Welcome back, Ana" in page(client, url, "en")
    del client.cookies["messages"]
    client.force_login(teacher)
    body = page(client, url, "en")
    assert "Log out" in body and "Log in" not in body
