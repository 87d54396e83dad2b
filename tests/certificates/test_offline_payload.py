"""The QR code's signed payload: round trip, and every way it can be wrong is refused (ADR 0080)."""

import io
import os
from datetime import UTC, datetime, timedelta

import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management import CommandError, call_command

from certificates.keys import key_current, keys_all
from certificates.payload import (
    PayloadForged,
    PayloadUnreadable,
    b64url_decode,
    b64url_encode,
    certificate_payload_sign,
    certificate_payload_verify,
    payload_from_text,
    status_list_payload_verify,
)
from certificates.services import certificate_revoke


def _ours():
    return [key.ed25519_public for key in keys_all()]


def _verify(text: str):
    return certificate_payload_verify(data=payload_from_text(text), public_keys=_ours())


@pytest.mark.django_db
def test_round_trip_from_the_link_in_the_qr_code(certificate):
    claims = _verify(certificate.offline_verify_url)
    assert claims.code == certificate.code
    assert claims.holder_name == certificate.snapshot["holder_name"]
    assert (claims.framework, claims.level_code) == ("ictcft-v3", "KA")
    assert claims.level_name == "Knowledge Acquisition"
    assert claims.issued_at == certificate.issued_at
    assert claims.expires_at == certificate.expires_at  # KA never expires by default: no claim 7
    assert claims.status_index == certificate.status_list_index
    assert _verify(certificate.offline_payload) == claims, "the bare payload works too"
    assert len(certificate.offline_payload) < 400, "small enough to keep the QR code scannable"


@pytest.mark.django_db
def test_payload_of_an_arabic_certificate_carries_its_language(make_user, level_ka):
    from certificates.services import certificate_issue

    from .conftest import attain

    user = make_user("amina", legal_name="أمينة", preferred_language="ar")
    attain(user, level_ka)
    claims = _verify(certificate_issue(user=user, level=level_ka).offline_payload)
    assert (claims.holder_name, claims.language, claims.level_name) == ("أمينة", "ar", "اكتساب المعرفة")


def _message(certificate):
    return cbor2.loads(b64url_decode(certificate.offline_payload))


@pytest.mark.django_db
def test_forged_signature_is_refused(certificate):
    message = _message(certificate)
    protected, unprotected, payload, signature = message.value
    forged = bytes([signature[0] ^ 1]) + signature[1:]
    data = cbor2.dumps(cbor2.CBORTag(18, [protected, unprotected, payload, forged]))
    with pytest.raises(PayloadForged):
        certificate_payload_verify(data=data, public_keys=_ours())


@pytest.mark.django_db
def test_altered_field_is_refused(certificate):
    protected, unprotected, payload, signature = _message(certificate).value
    claims = cbor2.loads(payload)
    claims[2] = "Somebody Else"
    data = cbor2.dumps(cbor2.CBORTag(18, [protected, unprotected, cbor2.dumps(claims), signature]))
    with pytest.raises(PayloadForged):
        certificate_payload_verify(data=data, public_keys=_ours())


@pytest.mark.django_db
def test_truncated_and_random_bytes_cannot_be_read(certificate):
    text = certificate.offline_payload
    for cut in (1, 10, len(text) // 2, len(text) - 3):
        with pytest.raises((PayloadUnreadable, PayloadForged)):
            _verify(text[:cut])
    for _ in range(50):
        with pytest.raises((PayloadUnreadable, PayloadForged)):
            certificate_payload_verify(data=os.urandom(200), public_keys=_ours())
    for junk in ("", "#", "not base64!", "https://example.org/verify/X/#", "%%%%"):
        with pytest.raises(PayloadUnreadable):
            _verify(junk)


@pytest.mark.django_db
def test_signed_by_another_key_is_refused(certificate):
    stranger = Ed25519PrivateKey.generate()
    data = certificate_payload_sign(
        code=certificate.code,
        holder_name="Mallory",
        framework="ictcft-v3",
        level_code="KC",
        level_name="",
        issued_at=datetime.now(UTC),
        expires_at=None,
        status_index=1,
        language="en",
        private_key=stranger,
    )
    with pytest.raises(PayloadForged):
        certificate_payload_verify(data=data, public_keys=_ours())
    # …even when it names one of our keys as its signer.
    from certificates.payload import _sig_structure, key_id

    _protected, unprotected, payload, _signature = cbor2.loads(data).value
    protected = cbor2.dumps({1: -8, 3: "ictcft-cert/1", 4: key_id(key_current().ed25519_public)})
    signature = stranger.sign(_sig_structure(protected, payload))
    claimed = cbor2.dumps(cbor2.CBORTag(18, [protected, unprotected, payload, signature]))
    with pytest.raises(PayloadForged):
        certificate_payload_verify(data=claimed, public_keys=_ours())


@pytest.mark.django_db
def test_old_payloads_verify_after_key_rotation(certificate):
    from certificates.keys import keys_rotate

    keys_rotate()
    assert _verify(certificate.offline_payload).code == certificate.code


def test_expired_is_computed_from_the_signed_date():
    key = Ed25519PrivateKey.generate()
    past = datetime(2020, 1, 1, tzinfo=UTC)
    data = certificate_payload_sign(
        code="C",
        holder_name="H",
        framework="f",
        level_code="KA",
        level_name="",
        issued_at=past - timedelta(days=365),
        expires_at=past,
        status_index=5,
        language="en",
        private_key=key,
    )
    claims = certificate_payload_verify(data=data, public_keys=[key.public_key()])
    assert claims.expired() and not claims.expired(now=past - timedelta(days=1))
    assert b64url_encode(data) and payload_from_text(f"  {b64url_encode(data)}\n") == data


@pytest.mark.django_db
def test_offline_page_carries_keys_and_a_signed_revocation_list(client, certificate):
    import json
    import re

    response = client.get("/verify/offline/")
    assert response.status_code == 200
    html = response.content.decode()
    data = json.loads(re.search(r'<script id="offline-data" type="application/json">(.*?)</script>', html, re.S)[1])
    assert {key["raw"] for key in data["keys"]} >= {b64url_encode(key_current().ed25519_public.public_bytes_raw())}
    listed = status_list_payload_verify(data=b64url_decode(data["lists"][0]["payload"]), public_keys=_ours())
    assert listed["list_id"] == 1 and listed["size"] == 131072

    import gzip

    certificate_revoke(certificate=certificate, reason="Fraud")
    html = client.get("/verify/offline/").content.decode()
    data = json.loads(re.search(r'<script id="offline-data" type="application/json">(.*?)</script>', html, re.S)[1])
    bits = gzip.decompress(
        status_list_payload_verify(data=b64url_decode(data["lists"][0]["payload"]), public_keys=_ours())["gzipped_bits"]
    )
    position = certificate.status_list_position
    assert bits[position // 8] & (0x80 >> (position % 8))
    assert "<script>" not in html and " onclick=" not in html, "no inline JavaScript (CSP)"


@pytest.mark.django_db
def test_service_worker_is_scoped_to_the_offline_page(client):
    response = client.get("/verify/offline/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/verify/offline/"
    body = response.content.decode()
    assert '"/verify/offline/"' in body and "verify-offline.js" in body


# --- the command line -------------------------------------------------------------------------------------------


def _run(*args) -> str:
    out = io.StringIO()
    call_command("verify_certificate", *args, stdout=out)
    return out.getvalue().strip()


@pytest.mark.django_db(transaction=True)
def test_cli_checks_the_payload_link_and_file(live_server, settings, tmp_path, make_user, framework_v3):
    from django.core.cache import cache

    from certificates.services import certificate_issue

    from .conftest import attain

    cache.clear()
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    user = make_user("cli")
    level = framework_v3.levels.get(code="KA")
    attain(user, level)
    certificate = certificate_issue(user=user, level=level)
    link = certificate.offline_verify_url

    with pytest.raises(CommandError, match="UNKNOWN"):
        _run(link)  # nothing cached yet
    assert _run(link, "--refresh").startswith(f"VALID: certificate {certificate.code}")
    assert _run(certificate.offline_payload).startswith("VALID")
    saved = tmp_path / "scanned.txt"
    saved.write_text(link + "\n")
    assert _run(str(saved)).startswith("VALID")

    with pytest.raises(CommandError, match="FORGED"):
        _run(link[:-8] + ("A" * 8 if not link.endswith("A" * 8) else "B" * 8))
    with pytest.raises(CommandError, match="UNREADABLE"):
        _run(link[: len(link) - len(certificate.offline_payload) // 2])

    certificate_revoke(certificate=certificate, reason="Fraud")
    assert _run(link).startswith("VALID"), "offline: the list cached before the revocation"
    with pytest.raises(CommandError, match="REVOKED"):
        _run(link, "--refresh")
    cache.clear()


@pytest.mark.django_db(transaction=True)
def test_cli_reports_expired(live_server, settings, tmp_path, make_user, framework_v3):
    from django.core.cache import cache

    from certificates.models import Certificate
    from certificates.services import certificate_issue
    from certificates.services.offline import certificate_payload_make

    from .conftest import attain

    cache.clear()
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    user = make_user("old")
    level = framework_v3.levels.get(code="KA")
    attain(user, level)
    certificate = certificate_issue(user=user, level=level)
    certificate.expires_at = datetime.now(UTC) - timedelta(days=1)
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=certificate.expires_at)
    payload = certificate_payload_make(certificate=certificate)
    with pytest.raises(CommandError, match="EXPIRED"):
        _run(payload, "--refresh")
    cache.clear()
