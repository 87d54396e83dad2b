"""The issuer's DID document, signed Profile and keys: stable URLs, JSON, cacheable, listing retired keys too."""

import pytest
from cryptography import x509
from django.core.cache import cache

from certificates.credentials import credential_build, credential_sign, credential_verify, undefined_terms
from certificates.keys import keys_ensure, keys_rotate, site_did

pytestmark = pytest.mark.django_db


@pytest.fixture
def key_dir(settings, tmp_path):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    cache.clear()  # the signed Profile is cached per key
    return settings.CERTIFICATE_KEY_DIR


def test_issuer_profile_is_signed_and_fully_defined(client, key_dir, settings):
    key = keys_ensure()
    response = client.get("/credentials/issuer/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"]
    profile = response.json()
    assert profile["id"] == site_did()
    assert profile["type"] == ["Profile"]
    assert profile["name"] == "ICT-CFT Teacher Training"
    assert profile["url"] == f"{settings.SITE_URL}/"
    assert profile["otherIdentifier"][0]["identifier"] == f"{settings.SITE_URL}/credentials/issuer/"
    # Keys live in the DID document: a Profile term no context defines would be dropped by every JSON-LD verifier.
    assert not {"verificationMethod", "assertionMethod", "keys"} & set(profile)
    assert undefined_terms(profile) == []
    assert profile["proof"][0]["verificationMethod"] == key.verification_method
    assert profile["proof"][0]["proofPurpose"] == "assertionMethod"
    assert credential_verify(credential=profile).ok
    profile["name"] = "Someone Else"
    assert not credential_verify(credential=profile).ok


def test_did_document_lists_every_key_current_first(client, key_dir, settings):
    old = keys_ensure()
    new = keys_rotate()
    for path in ("/.well-known/did.json", "/did.json"):
        response = client.get(path)
        assert response.status_code == 200
        assert "public" in response["Cache-Control"]
        assert response["Access-Control-Allow-Origin"] == "*"
        document = response.json()
        assert document["@context"] == ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"]
        assert document["id"] == site_did()
        assert document["verificationMethod"] == [
            {
                "id": f"{site_did()}#{key.key_id}",
                "type": "Multikey",
                "controller": site_did(),
                "publicKeyMultibase": key.public_key_multibase,
            }
            for key in (new, old)
        ]
        assert document["assertionMethod"] == [new.verification_method, old.verification_method]
        assert "PRIVATE" not in response.content.decode()


def test_issuer_profile_uses_the_name_from_site_settings(client, key_dir):
    from wagtail.models import Site

    from certificates.models import CertificateSettings

    settings_row = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.issuer_name = "Ministry of Education"
    settings_row.save()
    assert client.get("/credentials/issuer/").json()["name"] == "Ministry of Education"


def test_keys_list_current_and_retired_keys(client, key_dir):
    old = keys_ensure()
    new = keys_rotate()
    response = client.get("/credentials/issuer/keys.json")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    keys = response.json()["keys"]
    assert [(k["keyId"], k["status"]) for k in keys] == [(new.key_id, "current"), (old.key_id, "retired")]
    for published, key in zip(keys, [new, old], strict=True):
        assert published["verificationMethod"] == {
            "id": key.verification_method,
            "type": "Multikey",
            "controller": site_did(),
            "publicKeyMultibase": key.public_key_multibase,
        }
        assert published["legacyVerificationMethod"] == f"{key.did}#{key.public_key_multibase}"
        certificate = x509.load_pem_x509_certificate(published["pdfSigningCertificatePem"].encode())
        assert certificate.public_key().public_numbers() == (
            x509.load_pem_x509_certificate(key.pdf_cert_pem_path.read_bytes()).public_key().public_numbers()
        )
    assert "PRIVATE" not in response.content.decode()


def test_single_key_document(client, key_dir, settings):
    key = keys_ensure()
    response = client.get(f"/credentials/issuer/keys/{key.key_id}.json")
    assert response.status_code == 200
    document = response.json()
    assert document["id"] == f"{settings.SITE_URL}/credentials/issuer/keys/{key.key_id}.json"
    assert document["verificationMethod"]["publicKeyMultibase"] == key.public_key_multibase
    missing = client.get("/credentials/issuer/keys/2000-01-01T000000Z-000000.json")
    assert missing.status_code == 404
    assert missing.json()["error"]


def test_published_key_resolves_the_proof_of_our_credentials(client, key_dir):
    snapshot = {
        "holder_name": "Ana",
        "user_id": 1,
        "framework": {"slug": "f", "name": "F", "version": "3", "publisher": "P", "licence": "", "source_url": ""},
        "level": {"code": "KA", "name": "Knowledge Acquisition", "order": 1},
        "competencies": [{"code": "KA.1", "title": "T", "score": 1, "mastered_at": "2026-01-01T00:00:00+00:00"}],
        "issued_at": "2026-01-01T00:00:00+00:00",
        "expires_at": None,
        "issuer_name": "Issuer",
        "evidence_summary": "",
        "manual": False,
    }
    credential = credential_sign(
        credential=credential_build(snapshot=snapshot, code="C", status_list_url="http://x/s.json", status_index=0)
    )
    published = client.get("/credentials/issuer/keys.json").json()["keys"]
    assert credential["proof"][0]["verificationMethod"] in [k["verificationMethod"]["id"] for k in published]


def test_issuer_documents_cost_few_queries(client, key_dir, django_assert_max_num_queries):
    keys_ensure()
    client.get("/credentials/issuer/")  # first request may create the site settings row
    with django_assert_max_num_queries(2):
        assert client.get("/credentials/issuer/").status_code == 200
    with django_assert_max_num_queries(0):
        assert client.get("/credentials/issuer/keys.json").status_code == 200
        assert client.get("/.well-known/did.json").status_code == 200


def test_keys_are_read_only(client, key_dir):
    assert client.post("/credentials/issuer/keys.json").status_code == 405
    assert client.head("/credentials/issuer/").status_code == 200
