"""The credential a real issued certificate carries: schema-valid, fully defined, verifiable, revocable."""

import json

import pytest

from certificates.credentials import (
    credential_validate_schema,
    credential_verify,
    status_list_credential_build,
    status_list_encode,
    status_list_revoked,
    undefined_terms,
)

pytestmark = pytest.mark.django_db


def test_issued_certificate_carries_a_valid_open_badge(certificate, settings):
    credential = json.loads(certificate.credential_json)
    assert credential["credentialSubject"]["identifier"][0]["identityHash"] == certificate.snapshot["holder_name"]
    assert credential_validate_schema(credential=credential) == []
    assert undefined_terms({k: v for k, v in credential.items() if k != "proof"}) == []
    check = credential_verify(credential=credential)
    assert check.ok, check.errors
    assert check.key_is_ours
    codes = [a["targetCode"] for a in credential["credentialSubject"]["achievement"]["alignment"]]
    assert codes == [item["code"] for item in certificate.snapshot["competencies"]]


def test_issued_certificate_shows_revoked_in_its_status_list(certificate):
    credential = json.loads(certificate.credential_json)
    entry = credential["credentialStatus"]
    index = int(entry["statusListIndex"])
    clean = status_list_credential_build(
        list_url=entry["statusListCredential"], encoded=status_list_encode(revoked_indices=[])
    )
    revoked = status_list_credential_build(
        list_url=entry["statusListCredential"], encoded=status_list_encode(revoked_indices=[index])
    )
    assert not status_list_revoked(credential=credential, status_list_credential=clean)
    assert status_list_revoked(credential=credential, status_list_credential=revoked)


def test_the_achievement_and_its_alignments_open_pages_of_this_site(certificate, client, settings):
    achievement = json.loads(certificate.credential_json)["credentialSubject"]["achievement"]
    links = [achievement["id"]] + [a["targetUrl"] for a in achievement.get("alignment", [])]
    assert len(links) > 1
    for link in links:
        assert link.startswith(settings.SITE_URL)
        assert client.get(link.removeprefix(settings.SITE_URL)).status_code == 200, link
