"""Verification for people and machines: each status, typed codes, PDF upload, the API, the rate limit."""

import re
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificate_reissue, certificate_revoke

UNKNOWN = "0000-0000-0000-0001-1"  # well formed, never issued


@pytest.fixture(autouse=True)
def _generous_rate(settings):
    settings.CERTIFICATE_LOOKUP_RATE = "1000/m"


def _page(client, code):
    return client.get(f"/verify/{code}/")


def test_valid_certificate_page_shows_the_details(client, certificate):
    response = _page(client, certificate.code)
    body = response.content.decode()
    assert response.status_code == 200
    assert "VALID" in body
    s = certificate.snapshot
    for fact in (s["holder_name"], "KA", s["level"]["name"], "KA.6", s["issuer_name"], certificate.code):
        assert fact in body
    assert f"/certificates/{certificate.code}.pdf" in body and f"/credentials/{certificate.code}.json" in body


def test_revoked_page_shows_date_and_reason(client, certificate):
    certificate_revoke(certificate=certificate, reason="Plagiarised portfolio")
    body = _page(client, certificate.code).content.decode()
    assert "REVOKED" in body and "Plagiarised portfolio" in body
    assert certificate.revoked_at.strftime("%Y-%m-%d") in body
    assert ">VALID<" not in body


def test_expired_page_marks_the_certificate_expired(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=timezone.now() - timedelta(days=1))
    body = _page(client, certificate.code).content.decode()
    assert "EXPIRED" in body and certificate.snapshot["holder_name"] in body


def test_superseded_page_links_to_the_current_certificate(client, certificate):
    new = certificate_reissue(certificate=certificate)
    body = _page(client, certificate.code).content.decode()
    assert "SUPERSEDED" in body and f"/verify/{new.code}/" in body


def test_unknown_code_reveals_nothing(client, certificate):
    near = certificate.code[:-3]  # same prefix as a real code
    response = _page(client, UNKNOWN)
    assert response.status_code == 200  # like every status, so unknown codes cost no extra 404 handling
    body = response.content.decode()
    assert "NOT FOUND" in body and near not in body and certificate.snapshot["holder_name"] not in body


def test_typo_is_caught_by_the_check_symbol(client, certificate):
    body = certificate.code.replace("-", "")
    typo = body[:3] + ("1" if body[3] != "1" else "2") + body[4:]
    response = _page(client, typo)
    assert "NOT FOUND" in response.content.decode() and "typing mistake" in response.content.decode()


def _near_miss(code: str) -> str:
    """A well-formed code sharing all but the last data symbol with `code` (valid check symbol)."""
    from certificates.codes import ALPHABET, code_format

    body = code.replace("-", "")[:16]
    value = 0
    for ch in body:
        value = value * 32 + ALPHABET.index(ch)
    return code_format(value ^ 1)


def test_lookup_does_the_same_work_for_any_input(certificate, django_assert_num_queries):
    from certificates.selectors import certificate_lookup

    for raw in (certificate.code, _near_miss(certificate.code), UNKNOWN, "typo" + certificate.code[4:], "x"):
        with django_assert_num_queries(1):
            certificate_lookup(raw=raw)


def _ending_in(symbol: str, start: int) -> str:
    """A well-formed code whose check symbol is `symbol`: each one is echoed differently in the page."""
    from certificates.codes import code_format

    value = start
    while code_format(value)[-1] != symbol:
        value += 1
    return code_format(value)


@pytest.mark.parametrize("symbol", ["*", "~", "$", "=", "U", "7"])
def test_a_near_miss_answers_exactly_like_a_far_miss_whatever_its_check_symbol(client, certificate, symbol):
    """The same comparison as below for a typed code ending in each kind of check symbol (it once failed now and
    then: it depended on the random check symbol of the certificate's code)."""
    _near_miss_compared(client, _ending_in(symbol, start=1 << 60), UNKNOWN)


def test_a_near_miss_answers_exactly_like_a_far_miss(client, certificate, django_assert_num_queries):
    _near_miss_compared(client, _near_miss(certificate.code), UNKNOWN)


def _near_miss_compared(client, typed_near: str, typed_far: str) -> None:
    near = _page(client, typed_near)
    far = _page(client, typed_far)
    assert near.status_code == far.status_code

    # The language switcher's "return here" field and the offline banner's sign-in link echo the address typed (the
    # link URL-encoded: a check symbol such as * becomes %2A); they are not an answer about the code.
    # Whatever form the echo takes (raw, URL-encoded by Python or by Django, which differ on check symbols such as
    # $ * = ~; the sign-in link's `next` encodes the already encoded path again: %253D), it is a code-shaped run of
    # characters: removed in both pages before they are compared.
    echoed = re.compile(rb"(?:[0-9A-Z]{4}-){4}(?:%(?:25)*[0-9A-F]{2}|[^\s\"'<>/&?])", re.IGNORECASE)

    def answer(response, typed: str) -> bytes:
        body = re.sub(rb'<input type="hidden" name="next" value="[^"]*">', b"", response.content)
        body = body.replace(typed.encode(), b"").replace(quote(typed, safe="/").encode(), b"")
        return echoed.sub(b"", body)

    assert answer(near, typed_near) == answer(far, typed_far)


def test_typed_code_is_normalised_and_redirected(client, certificate):
    typed = certificate.code.lower().replace("-", " ").replace("0", "o")
    response = client.get("/verify/", {"code": typed})
    assert response.status_code == 302 and response["Location"] == f"/verify/{certificate.code}/"
    messy = client.get(f"/verify/{certificate.code.lower()}/")
    assert messy.status_code == 302


def test_verify_form_works_without_javascript(client, db):
    response = client.get("/verify/")
    body = response.content.decode()
    assert response.status_code == 200 and '<label for="id_code"' in body and 'type="file"' in body
    bad = client.get("/verify/", {"code": "hello"})
    assert bad.status_code == 400 and "errorlist" in bad.content.decode()


def test_uploaded_genuine_pdf_is_recognised(client, certificate):
    data = certificate.pdf.open("rb").read()
    response = client.post("/verify/", {"pdf": SimpleUploadedFile("c.pdf", data, "application/pdf")})
    body = response.content.decode()
    assert response.status_code == 200 and "AUTHENTIC" in body and "NOT AUTHENTIC" not in body
    assert "Valid" in body


def test_uploaded_tampered_pdf_is_rejected(client, certificate):
    data = bytearray(certificate.pdf.open("rb").read())
    data[len(data) // 2] ^= 0x20
    response = client.post("/verify/", {"pdf": SimpleUploadedFile("c.pdf", bytes(data), "application/pdf")})
    assert "NOT AUTHENTIC" in response.content.decode()
    junk = client.post("/verify/", {"pdf": SimpleUploadedFile("c.pdf", b"not a pdf", "application/pdf")})
    assert junk.status_code == 200 and "NOT AUTHENTIC" in junk.content.decode()


def test_api_gives_status_and_snapshot(client, certificate):
    data = client.get(f"/api/v1/certificates/{certificate.code}").json()
    assert data["status"] == "VALID" and data["snapshot"]["level"]["code"] == "KA"
    certificate_revoke(certificate=certificate, reason="Fraud")
    data = client.get(f"/api/v1/certificates/{certificate.code.lower()}").json()
    assert data["status"] == "REVOKED" and data["revoke_reason"] == "Fraud"


def test_api_answers_4xx_with_a_reason(client, db):
    bad = client.get("/api/v1/certificates/not-a-code")
    assert bad.status_code == 400 and bad.json()["error"] == "malformed_code"
    missing = client.get(f"/api/v1/certificates/{UNKNOWN}")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"


def test_api_answers_json_with_a_trailing_slash_too(client, certificate):
    found = client.get(f"/api/v1/certificates/{certificate.code}/")
    assert found.status_code == 200 and found.json()["status"] == "VALID"
    bad = client.get("/api/v1/certificates/not-a-code/")
    assert bad.status_code == 400 and bad.json()["error"] == "malformed_code"
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/certificates/{code}" in schema["paths"]
    assert "/api/v1/certificates/{code}/" not in schema["paths"]


def test_pdf_download(client, certificate):
    response = client.get(f"/certificates/{certificate.code}.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert client.get(f"/certificates/{UNKNOWN}.pdf").status_code == 404


def test_rate_limit_answers_429_with_a_readable_page(client, settings, certificate):
    from django.core.cache import cache

    cache.clear()
    settings.CERTIFICATE_LOOKUP_RATE = "5/m"
    statuses = [_page(client, UNKNOWN).status_code for _ in range(5)]
    assert statuses == [200] * 5
    blocked = _page(client, certificate.code)
    assert blocked.status_code == 429 and "Too many requests" in blocked.content.decode()
    assert client.get(f"/api/v1/certificates/{certificate.code}").status_code == 429
    assert client.get("/verify/", {"code": certificate.code}).status_code == 429
    # Another client is not affected.
    assert _page(client.__class__(REMOTE_ADDR="10.9.8.7"), certificate.code).status_code == 200
    cache.clear()


def test_cached_page_follows_revocation_and_reissue(client, certificate):
    assert "VALID" in _page(client, certificate.code).content.decode()
    assert "VALID" in _page(client, certificate.code).content.decode()  # served from the page cache
    new = certificate_reissue(certificate=certificate)
    assert "SUPERSEDED" in _page(client, certificate.code).content.decode()
    certificate_revoke(certificate=new, reason="Fraud")
    assert "REVOKED" in _page(client, new.code).content.decode()


def test_signed_in_visitors_see_their_own_navigation(client, certificate, attained_teacher):
    _page(client, certificate.code)  # caches the anonymous page
    client.force_login(attained_teacher)
    assert "My certificates" in _page(client, certificate.code).content.decode()


@pytest.mark.parametrize("symbol", ["*", "~", "$", "="])
def test_codes_whose_check_symbol_is_punctuation_work_everywhere(client, teacher, level_ka, monkeypatch, symbol):
    """Crockford's check symbols include * ~ $ =: such codes must verify, download and answer the API like others."""
    import secrets

    from certificates.codes import code_format
    from certificates.services import certificate_issue

    from .conftest import attain

    code = next(c for c in (code_format(secrets.randbits(80)) for _ in range(5000)) if c.endswith(symbol))
    monkeypatch.setattr("certificates.services.issue.code_generate", lambda: code)
    attain(teacher, level_ka)
    certificate = certificate_issue(user=teacher, level=level_ka)
    assert certificate.code == code
    assert ">VALID<" in _page(client, code).content.decode()
    lowered = _page(client, code.lower())
    assert lowered.status_code == 302 and lowered["Location"].endswith(f"/verify/{code}/")
    assert client.get(f"/certificates/{code}.pdf").status_code == 200
    assert client.get(f"/credentials/{code}.json").status_code == 200
    assert client.get(f"/api/v1/certificates/{code}").json()["status"] == "VALID"
    assert client.get("/verify/", {"code": code}).status_code == 302
