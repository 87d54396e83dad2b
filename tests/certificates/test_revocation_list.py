"""Revocation published as a status list, and the offline verify command reading it."""

import json

import pytest
from django.core.management import CommandError, call_command

from certificates.credentials import status_list_is_set
from certificates.services import certificate_issue, certificate_revoke


def _bit(client, certificate) -> bool:
    response = client.get(f"/credentials/status/{certificate.status_list_id}.json")
    assert response.status_code == 200
    data = json.loads(response.content)
    return status_list_is_set(encoded=data["credentialSubject"]["encodedList"], index=certificate.status_list_position)


def test_credential_points_at_its_own_slot(certificate):
    status = json.loads(certificate.credential_json)["credentialStatus"]
    assert status["statusListCredential"].endswith(f"/credentials/status/{certificate.status_list_id}.json")
    assert int(status["statusListIndex"]) == certificate.status_list_position


def test_revoking_flips_the_bit(client, certificate):
    assert _bit(client, certificate) is False
    certificate_revoke(certificate=certificate, reason="Fraud")
    assert _bit(client, certificate) is True


def test_other_certificates_keep_their_bit(client, certificate, make_user, level_ka):
    from .conftest import attain

    other_user = make_user("other")
    attain(other_user, level_ka)
    other = certificate_issue(user=other_user, level=level_ka)
    assert other.status_list_index != certificate.status_list_index
    certificate_revoke(certificate=certificate, reason="Fraud")
    assert _bit(client, other) is False


def test_unknown_status_list_is_404(client, db):
    assert client.get("/credentials/status/0.json").status_code == 404
    assert client.get("/credentials/status/99.json").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_offline_verify_reports_revoked_after_refresh(live_server, settings, tmp_path, make_user, framework_v3):
    from django.core.cache import cache

    from .conftest import attain

    cache.clear()
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    user = make_user("offline")
    level = framework_v3.levels.get(code="KA")
    attain(user, level)
    certificate = certificate_issue(user=user, level=level)
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(certificate.pdf.open("rb").read())
    credential = tmp_path / "credential.json"
    credential.write_text(certificate.credential_json, encoding="utf-8")

    with pytest.raises(CommandError, match="UNKNOWN"):
        call_command("verify_certificate", str(pdf))  # nothing fetched yet
    out = _run(pdf, refresh=True)
    assert out.startswith(f"VALID: certificate {certificate.code} of ")
    assert _run(credential).startswith("VALID")

    certificate_revoke(certificate=certificate, reason="Fraud")
    assert _run(pdf).startswith("VALID")  # offline: still the list fetched before the revocation
    with pytest.raises(CommandError, match="REVOKED"):
        _run(pdf, refresh=True)
    with pytest.raises(CommandError, match="REVOKED"):
        _run(credential)  # offline, with the refreshed list

    tampered = bytearray(pdf.read_bytes())
    tampered[len(tampered) // 2] ^= 1
    pdf.write_bytes(bytes(tampered))
    with pytest.raises(CommandError, match="FORGED: the PDF was changed after it was signed"):
        _run(pdf)
    cache.clear()


def _run(path, refresh=False) -> str:
    import io

    out = io.StringIO()
    call_command("verify_certificate", str(path), refresh=refresh, stdout=out)
    return out.getvalue().strip()
