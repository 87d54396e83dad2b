"""verify_certificate speaks to people: a bad file gets one plain sentence and a non-zero exit, never a traceback."""

import json
import re

import pytest
from django.core.management import CommandError, call_command

NESTED = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{this is not json", "This is not valid JSON"),
        (b'{"id": "a", "id": "b"}', "The JSON has the key 'id' twice"),
        (NESTED, "nested deeper than 64 levels"),
        (b"[" * 80 + b"]" * 80, "nested deeper than 64 levels"),
        (b'{"padding": "' + b"x" * (3 * 1024 * 1024) + b'"}', "larger than 2.0"),
        (b'{"a": "\xff\xfe"}', "not valid UTF-8"),
        (b"[1, 2, 3]", "holds JSON, but not a credential"),
    ],
    ids=["not-json", "duplicate-key", "very-deep", "deep", "huge", "not-utf8", "not-an-object"],
)
def test_a_bad_file_gets_a_sentence_and_a_non_zero_exit(tmp_path, settings, content, reason):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    path = tmp_path / "credential.json"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=r"^UNREADABLE: ") as raised:
        call_command("verify_certificate", str(path))
    assert reason in str(raised.value)
    assert "Traceback" not in str(raised.value)


def test_a_missing_file_or_some_other_file(tmp_path, settings):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    with pytest.raises(CommandError, match="^UNREADABLE: .*no such file"):
        call_command("verify_certificate", str(tmp_path / "missing.pdf"))
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(CommandError, match="^UNREADABLE: .*neither a certificate PDF, a credential JSON nor a QR link"):
        call_command("verify_certificate", str(text))


def test_damaged_cached_keys_are_no_keys(tmp_path, settings):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    cache = tmp_path / "keys" / "verify-cache"
    cache.mkdir(parents=True)
    (cache / "keys.json").write_text(json.dumps({"keys": [{"verificationMethod": "oops"}, 3]}))
    (cache / "did.json").write_text('{"id": 1, "id": 2}')
    path = tmp_path / "credential.json"
    path.write_text(json.dumps({"id": "x"}))
    with pytest.raises(CommandError, match="^UNKNOWN: no keys of the issuer are saved yet; run again with --refresh"):
        call_command("verify_certificate", str(path))


@pytest.mark.django_db(transaction=True)
def test_refresh_fetches_every_saved_status_list(live_server, settings, tmp_path, make_user, framework_v3):
    """A revocation on list 2 is seen offline after a --refresh made while checking a certificate of list 1."""
    import io

    from django.core.cache import cache

    from certificates.issuer import issuer_get
    from certificates.models import STATUS_LIST_SIZE
    from certificates.services import certificate_issue, certificate_revoke
    from certificates.services.documents import documents_make

    from .conftest import attain

    def run(path, *args) -> str:
        out = io.StringIO()
        call_command("verify_certificate", str(path), *args, stdout=out)
        return out.getvalue().strip()

    cache.clear()
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    level = framework_v3.levels.get(code="KA")
    first, second = make_user("first"), make_user("second")
    attain(first, level)
    attain(second, level)
    on_list_1 = certificate_issue(user=first, level=level)
    on_list_2 = certificate_issue(user=second, level=level)
    on_list_2.status_list_index = STATUS_LIST_SIZE + on_list_2.pk  # as the 131073rd certificate would be
    documents_make(certificate=on_list_2, issuer=issuer_get())
    on_list_2.save()
    assert on_list_2.status_list_id == 2
    file_1, file_2 = tmp_path / "one.json", tmp_path / "two.json"
    file_1.write_text(on_list_1.credential_json, encoding="utf-8")
    file_2.write_text(on_list_2.credential_json, encoding="utf-8")

    assert run(file_2, "--refresh").startswith(f"VALID: certificate {on_list_2.code} of ")
    certificate_revoke(certificate=on_list_2, reason="Fraud")
    assert run(file_1, "--refresh").startswith(f"VALID: certificate {on_list_1.code} of ")
    with pytest.raises(CommandError, match=f"^REVOKED: certificate {re.escape(on_list_2.code)} of "):
        run(file_2)  # offline: list 2 was refreshed with the others
    tampered = json.loads(on_list_1.credential_json)
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Somebody Else"
    file_1.write_text(json.dumps(tampered), encoding="utf-8")
    with pytest.raises(CommandError, match="^FORGED: the signature does not match"):
        run(file_1)
    cache.clear()


# --- PDFs offline: the issuer's root is the anchor, the timestamp says when (ADR 0133) -------------------------------


@pytest.fixture(scope="module")
def tsa(tmp_path_factory):
    from tests.support.tsa import TimeStampingAuthority

    with TimeStampingAuthority(tmp_path_factory.mktemp("tsa")) as authority:
        yield authority


@pytest.fixture
def offline_site(live_server, settings, tmp_path, tsa):
    from django.core.cache import cache

    cache.clear()
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    settings.TSA_URL, settings.TSA_CA_FILE = tsa.url, str(tsa.ca_path)
    yield settings
    cache.clear()


def _verify(path, *args) -> str:
    import io

    out = io.StringIO()
    call_command("verify_certificate", str(path), *args, stdout=out)
    return out.getvalue().strip()


def _resigned(certificate, *, key) -> bytes:
    from certificates.pdf import certificate_pdf_render, certificate_pdf_sign

    unsigned = certificate_pdf_render(
        snapshot=certificate.snapshot,
        code=certificate.code,
        verify_url=certificate.verify_url,
        credential_json=certificate.credential_json,
    )
    return certificate_pdf_sign(pdf=unsigned, key=key)


@pytest.mark.django_db(transaction=True)
def test_a_pdf_whose_signing_certificate_expired_verifies_offline_by_its_timestamp(
    offline_site, tmp_path, make_user, framework_v3, monkeypatch
):
    import time
    from datetime import UTC, datetime, timedelta

    from cryptography import x509

    from certificates import pki
    from certificates.keys import keys_rotate
    from certificates.services import certificate_issue

    from .conftest import attain

    level = framework_v3.levels.get(code="KA")
    certificate = certificate_issue(user=attain(make_user("years-ago"), level).user, level=level)
    with monkeypatch.context() as patch:
        patch.setattr(pki, "SIGNING_CERT_VALIDITY", timedelta(seconds=5))
        short_lived = keys_rotate()  # a key set as it stands at the end of its year
    pdf = tmp_path / "old.pdf"
    pdf.write_bytes(_resigned(certificate, key=short_lived))
    expires = x509.load_pem_x509_certificate(short_lived.pdf_cert_pem.encode()).not_valid_after_utc
    time.sleep(max(0.0, (expires - datetime.now(UTC)).total_seconds() + 1.5))
    assert datetime.now(UTC) > expires

    assert _verify(pdf, "--refresh").startswith(f"VALID: certificate {certificate.code} of ")
    cache = tmp_path / "keys" / "verify-cache"
    assert {"root.pem", "root.crl", "tsa.pem"} <= {path.name for path in cache.iterdir()}
    assert _verify(pdf).startswith("VALID: ")  # offline, from what was saved

    tsa_roots = (cache / "tsa.pem").read_bytes()
    (cache / "tsa.pem").unlink()  # without a trusted timestamp the signature is judged now: expired
    with pytest.raises(CommandError, match="^FORGED: the PDF was not signed by a key of this issuer"):
        _verify(pdf)
    (cache / "tsa.pem").write_bytes(tsa_roots)

    call_command("rotate_keys", stdout=io_sink())
    assert _verify(pdf, "--refresh").startswith("VALID: ")
    fresh = certificate_issue(user=attain(make_user("this-year"), level).user, level=level)
    fresh_pdf = tmp_path / "fresh.pdf"
    fresh_pdf.write_bytes(fresh.pdf.open("rb").read())
    assert _verify(fresh_pdf).startswith(f"VALID: certificate {fresh.code} of ")


@pytest.mark.django_db(transaction=True)
def test_a_pdf_signed_under_another_root_is_forged_offline(offline_site, tmp_path, make_user, framework_v3):
    from certificates.keys import key_current
    from certificates.services import certificate_issue

    from .conftest import attain

    level = framework_v3.levels.get(code="KA")
    certificate = certificate_issue(user=attain(make_user("genuine"), level).user, level=level)
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(certificate.pdf.open("rb").read())
    offline_site.CERTIFICATE_KEY_DIR = tmp_path / "impostor"  # same issuer name, its own root and TSA stamp
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(_resigned(certificate, key=key_current()))
    offline_site.CERTIFICATE_KEY_DIR = tmp_path / "keys"

    assert _verify(genuine, "--refresh").startswith("VALID: ")
    with pytest.raises(CommandError, match="^FORGED: the PDF was not signed by a key of this issuer"):
        _verify(forged)


def test_nothing_fetched_no_pdf_is_trusted(tmp_path, settings):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    cache = tmp_path / "keys" / "verify-cache"
    cache.mkdir(parents=True)
    (cache / "keys.json").write_text(json.dumps({"keys": [{"verificationMethod": {"publicKeyMultibase": "z6Mk"}}]}))
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(CommandError, match="^UNKNOWN: the issuer's root certificate is not saved yet"):
        call_command("verify_certificate", str(pdf))


def test_the_tsa_roots_are_published_only_when_pdfs_are_timestamped(client, settings, tsa, db):
    settings.TSA_CA_FILE = ""
    assert client.get("/credentials/issuer/tsa.pem").status_code == 404
    settings.TSA_CA_FILE = str(tsa.ca_path)
    response = client.get("/credentials/issuer/tsa.pem")
    assert response.status_code == 200
    assert response.content.strip() == tsa.ca_path.read_bytes().strip()


def io_sink():
    import io

    return io.StringIO()
