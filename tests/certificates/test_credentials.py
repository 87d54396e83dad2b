"""Open Badges 3.0 credentials: schema-valid, signed with eddsa-rdfc-2022, verified offline, forgery rejected."""

import copy
import json
import socket
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates.credentials import (
    CredentialSigningError,
    credential_build,
    credential_sign,
    credential_validate_schema,
    credential_verify,
    issuer_id,
    issuer_url,
    undefined_terms,
)
from certificates.credentials.did import did_document_build
from certificates.credentials.jsonld import OfflineContextError, RelativeIriError, canonicalize, local_document_loader
from certificates.credentials.proof import ProofError, proof_add
from certificates.credentials.verify import LEGACY_RELATIVE_TYPES, resolve_verification_method
from certificates.keys import keys_ensure, keys_rotate, public_key_to_multikey, site_did

SAMPLE = json.loads((Path(__file__).parent / "data" / "signed_eddsa_rdfc_2022_simple.json").read_text())
STATUS_URL = "http://testserver/credentials/status/1.json"


@pytest.fixture
def key_dir(settings, tmp_path):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    return settings.CERTIFICATE_KEY_DIR


@pytest.fixture
def snapshot():
    return {
        "holder_name": "Nguyễn Thị Ánh",
        "user_id": 7,
        "framework": {
            "slug": "ictcft-v3",
            "name": "UNESCO ICT Competency Framework for Teachers",
            "version": "3",
            "publisher": "UNESCO",
            "licence": "CC BY-SA 3.0 IGO",
            "source_url": "https://unesdoc.unesco.org/ark:/48223/pf0000265721",
        },
        "level": {"code": "KA", "name": "Knowledge Acquisition", "order": 1},
        "competencies": [
            {"code": f"KA.{n}", "title": f"Competency {n}", "score": 0.8, "mastered_at": "2026-11-01T10:00:00+00:00"}
            for n in range(1, 7)
        ],
        "issued_at": "2026-11-23T01:00:00+00:00",
        "expires_at": None,
        "issuer_name": "ICT-CFT Teacher Training",
        "evidence_summary": "6 competencies mastered in the Level 1 exam.",
        "manual": False,
    }


@pytest.fixture
def credential(snapshot):
    return credential_build(
        snapshot=snapshot, code="ABCD-EFGH-JKMN-PQRS-T", status_list_url=STATUS_URL, status_index=42
    )


# --- 1EdTech's signed sample ---------------------------------------------------------------------------------------


def test_accepts_1edtech_signed_sample(key_dir):
    check = credential_verify(credential=SAMPLE)
    assert check.ok, check.errors
    assert check.issuer == "https://example.com/issuers/876543"
    assert not check.key_is_ours


def _set(path, value):
    def change(doc):
        node = doc
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return change


@pytest.mark.parametrize(
    "change",
    [
        _set(["name"], "Teamwork Badge!"),
        _set(["validFrom"], "2010-01-02T00:00:00Z"),
        _set(["issuer", "id"], "https://example.com/issuers/876544"),
        _set(["issuer", "name"], "Example Corp."),
        _set(["credentialSubject", "id"], "did:example:ebfeb1f712ebc6f1c276e12ec22"),
        _set(["credentialSubject", "achievement", "name"], "Leadership"),
        _set(["proof", 0, "created"], "2010-01-01T19:23:25Z"),
        _set(["proof", 0, "proofValue"], SAMPLE["proof"][0]["proofValue"][:-1] + "N"),
        _set(["proof", 0, "verificationMethod"], f"https://example.com/issuers/876543#{'z6Mk' + 'u' * 44}"),
        _set(["type"], ["VerifiableCredential", "OpenBadgeCredential", "EndorsementCredential"]),
    ],
    ids=[
        "name",
        "date",
        "issuer-id",
        "issuer-name",
        "subject",
        "achievement",
        "proof-created",
        "proofValue",
        "key",
        "type",
    ],
)
def test_rejects_sample_with_one_value_changed(key_dir, change):
    tampered = copy.deepcopy(SAMPLE)
    change(tampered)
    check = credential_verify(credential=tampered)
    assert not check.ok
    assert check.errors


def test_a_synonym_defined_by_the_context_is_the_same_signed_statement(key_dir):
    # The OB context defines AchievementCredential as OpenBadgeCredential: the canonical RDF, hence the signature,
    # is the same. The proof protects meaning, not spelling.
    synonym = copy.deepcopy(SAMPLE)
    synonym["type"] = ["VerifiableCredential", "AchievementCredential"]
    assert credential_verify(credential=synonym).ok


def test_rejects_sample_with_a_term_added(key_dir):
    tampered = copy.deepcopy(SAMPLE)
    tampered["description"] = "An extra claim"
    assert not credential_verify(credential=tampered).ok


def test_verification_never_uses_the_network(key_dir, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert credential_verify(credential=SAMPLE).ok


def test_unknown_context_is_refused_not_fetched(key_dir):
    with pytest.raises(OfflineContextError):
        local_document_loader("https://example.com/context.json")
    tampered = copy.deepcopy(SAMPLE)
    tampered["@context"] = [*SAMPLE["@context"], "https://example.com/context.json"]
    check = credential_verify(credential=tampered)
    assert not check.ok
    assert "not available offline" in " ".join(check.errors)


def test_garbage_is_rejected_with_reasons_not_exceptions(key_dir):
    assert not credential_verify(credential={}).ok
    assert not credential_verify(credential=[]).ok
    no_proof = {k: v for k, v in SAMPLE.items() if k != "proof"}
    assert "no proof" in credential_verify(credential=no_proof).errors[0]


# --- our credentials -----------------------------------------------------------------------------------------------


def test_our_credential_is_schema_valid_and_drops_no_term(credential):
    assert credential_validate_schema(credential=credential) == []
    assert undefined_terms(credential) == []


def test_our_credential_describes_the_certificate(credential, snapshot, settings):
    subject = credential["credentialSubject"]
    achievement = subject["achievement"]
    assert credential["issuer"]["id"] == site_did()
    assert credential["issuer"]["url"] == f"{settings.SITE_URL}/"
    assert credential["credentialSchema"] == [
        {
            "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
            "type": "JsonSchema",
        }
    ]
    assert credential["id"] == f"{settings.SITE_URL}/credentials/ABCD-EFGH-JKMN-PQRS-T.json"
    assert subject["identifier"][0]["identityHash"] == "Nguyễn Thị Ánh"
    assert [a["targetCode"] for a in achievement["alignment"]] == [f"KA.{n}" for n in range(1, 7)]
    assert achievement["alignment"][0]["targetUrl"] == f"{settings.SITE_URL}/framework/ictcft-v3/KA.1/"
    assert achievement["alignment"][0]["targetFramework"] == snapshot["framework"]["name"]
    level_result = subject["result"][0]
    assert level_result["value"] == "KA"
    assert level_result["achievedLevel"].endswith("#level-KA")
    assert credential["credentialStatus"] == {
        "id": f"{STATUS_URL}#42",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "42",
        "statusListCredential": STATUS_URL,
    }
    assert "validUntil" not in credential


def test_expiry_becomes_valid_until(snapshot):
    snapshot["expires_at"] = "2029-11-23T01:00:00+00:00"
    credential = credential_build(snapshot=snapshot, code="X", status_list_url=STATUS_URL, status_index=0)
    assert credential["validUntil"] == "2029-11-23T01:00:00Z"
    assert credential_validate_schema(credential=credential) == []


def test_signed_credential_verifies_with_our_did_key(key_dir, credential):
    key = keys_ensure()
    signed = credential_sign(credential=credential)
    proof = signed["proof"][0]
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["verificationMethod"] == key.verification_method
    assert proof["proofValue"].startswith("z")
    assert credential_validate_schema(credential=signed) == []
    check = credential_verify(credential=signed)
    assert check.ok, check.errors
    assert check.key_is_ours
    assert check.issuer == issuer_id()
    assert not check.legacy


def test_holder_name_changed_in_our_credential_is_rejected(key_dir, credential):
    signed = credential_sign(credential=credential)
    signed["credentialSubject"]["identifier"][0]["identityHash"] = "Nguyen Thi Anh"
    assert not credential_verify(credential=signed).ok


def test_credential_in_our_name_signed_by_another_key_is_rejected(key_dir, credential):
    keys_ensure()
    forger = Ed25519PrivateKey.generate()
    multikey = public_key_to_multikey(forger.public_key())
    forged = proof_add(document=credential, private_key=forger, verification_method=f"did:key:{multikey}#{multikey}")
    check = credential_verify(credential=forged)
    assert not check.ok
    assert "not one of our keys" in check.errors[0]


def test_signature_by_old_key_still_verifies_after_rotation(key_dir, credential):
    old = keys_ensure()
    signed_before = credential_sign(credential=credential)
    new = keys_rotate()
    assert credential_verify(credential=signed_before).ok
    signed_after = credential_sign(credential=credential)
    assert signed_after["proof"][0]["verificationMethod"] == new.verification_method != old.verification_method
    assert credential_verify(credential=signed_after).ok


def test_offline_verifier_uses_the_published_did_document(settings, tmp_path, credential):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "issuer-keys"
    signed = credential_sign(credential=credential)
    did_document = did_document_build()
    settings.CERTIFICATE_KEY_DIR = tmp_path / "a-verifier-without-our-keys"
    assert not credential_verify(credential=signed).ok
    check = credential_verify(credential=signed, did_documents=[did_document])
    assert check.ok, check.errors
    assert check.key_is_ours
    assert not settings.CERTIFICATE_KEY_DIR.exists()  # verifying never creates keys
    # A DID document of someone else cannot vouch for a key in our name.
    other = {**did_document, "id": "did:web:forger.example"}
    assert not credential_verify(credential=signed, did_documents=[other]).ok


def test_a_relative_iri_is_refused_before_signing(key_dir, credential):
    # What every credential carried before ADR 0110: no context defines this type, so it is a relative IRI that
    # pyld resolved against http://example.org/base/ and Digital Bazaar's safe mode refuses.
    credential["credentialSchema"][0]["type"] = "1EdTechJsonSchemaValidator2019"
    assert undefined_terms(credential) == ["1EdTechJsonSchemaValidator2019"]
    with pytest.raises(CredentialSigningError, match="1EdTechJsonSchemaValidator2019"):
        credential_sign(credential=credential)
    credential["credentialSchema"][0]["type"] = "JsonSchema"
    credential["credentialSubject"]["achievement"]["id"] = "achievements/ka"  # a relative @id
    with pytest.raises(RelativeIriError, match="achievements/ka"):
        canonicalize(credential)


def _legacy(credential: dict) -> dict:
    """A credential as issued before ADR 0110: issuer = our Profile URL, key = a did:key, relative schema type."""
    key = keys_ensure()
    credential["issuer"]["id"] = issuer_url()
    credential["credentialSchema"][0]["type"] = "1EdTechJsonSchemaValidator2019"
    return proof_add(
        document=credential,
        private_key=key.ed25519_private,
        verification_method=key.legacy_verification_method,
        allow_relative=LEGACY_RELATIVE_TYPES,
    )


def test_certificates_issued_before_the_did_still_verify(key_dir, credential, settings, tmp_path):
    legacy = _legacy(credential)
    check = credential_verify(credential=legacy)
    assert check.ok, check.errors
    assert check.legacy and check.key_is_ours
    tampered = copy.deepcopy(legacy)
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Somebody Else"
    assert not credential_verify(credential=tampered).ok
    # Offline, with the keys we publish.
    published = [keys_ensure().public_key_multibase]
    settings.CERTIFICATE_KEY_DIR = tmp_path / "a-verifier-without-our-keys"
    assert credential_verify(credential=legacy, published_keys=published).ok
    assert not credential_verify(credential=legacy).ok


def test_the_legacy_allowance_is_only_for_our_legacy_issuer(key_dir, credential):
    legacy = _legacy(credential)
    key = keys_ensure()
    foreign = copy.deepcopy(legacy)
    del foreign["proof"]
    foreign["issuer"]["id"] = key.did
    foreign = proof_add(
        document=foreign,
        private_key=key.ed25519_private,
        verification_method=key.legacy_verification_method,
        allow_relative=LEGACY_RELATIVE_TYPES,
    )
    check = credential_verify(credential=foreign)
    assert not check.ok
    assert "1EdTechJsonSchemaValidator2019" in " ".join(check.errors)


def test_a_did_web_credential_signed_with_a_did_key_is_refused(key_dir, credential):
    key = keys_ensure()
    signed = proof_add(
        document=credential, private_key=key.ed25519_private, verification_method=key.legacy_verification_method
    )
    check = credential_verify(credential=signed)
    assert not check.ok
    assert "not one of our keys" in " ".join(check.errors)


@pytest.mark.parametrize(
    ("manual", "narrative"),
    [
        (False, "Earned through the platform's assessments."),
        (True, "Issued by hand, approved by a certification officer."),
    ],
)
def test_evidence_says_how_the_certificate_was_earned(snapshot, manual, narrative):
    snapshot["manual"] = manual
    snapshot["language"] = "en"
    credential = credential_build(snapshot=snapshot, code="X", status_list_url=STATUS_URL, status_index=0)
    assert credential["evidence"] == [
        {
            "type": ["Evidence"],
            "name": "How this certificate was earned",
            "narrative": narrative,
            "description": snapshot["evidence_summary"],
        }
    ]
    assert credential_validate_schema(credential=credential) == []
    assert undefined_terms(credential) == []


def test_a_term_without_meaning_is_refused_before_signing(key_dir, credential):
    credential["credentialSubject"]["favouriteColour"] = "blue"
    assert undefined_terms(credential) == ["favouriteColour"]
    with pytest.raises(CredentialSigningError, match="favouriteColour"):
        credential_sign(credential=credential)


def test_schema_errors_are_readable(credential):
    credential["validFrom"] = "yesterday"
    credential["type"] = "OpenBadgeCredential"
    del credential["issuer"]
    errors = credential_validate_schema(credential=credential)
    assert any(e.startswith("validFrom:") and "date-time" in e for e in errors)
    assert any(e.startswith("type:") for e in errors)
    assert any("'issuer' is a required property" in e for e in errors)


def test_did_key_resolution_is_offline_and_strict(key_dir):
    multikey = SAMPLE["proof"][0]["verificationMethod"].split("#")[1]
    resolved = resolve_verification_method(f"did:key:{multikey}#{multikey}")
    assert resolved.source == "did:key"
    assert public_key_to_multikey(resolved.public_key) == multikey
    with pytest.raises(ProofError):
        resolve_verification_method(f"did:key:{multikey}#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
    with pytest.raises(ProofError):
        resolve_verification_method("did:web:example.com#key-1")


def _leaf_paths(node, prefix=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaf_paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaf_paths(value, (*prefix, index))
    else:
        yield prefix


@pytest.mark.parametrize("path", list(_leaf_paths(SAMPLE)), ids=lambda path: ".".join(map(str, path)))
def test_every_single_value_of_the_sample_is_protected(key_dir, path):
    for replacement in (f"{_get(SAMPLE, path)}x", None, 1):
        tampered = copy.deepcopy(SAMPLE)
        _set(list(path), replacement)(tampered)
        check = credential_verify(credential=tampered)  # never raises, whatever the input
        assert not check.ok, (path, replacement)


def _get(doc, path):
    for part in path:
        doc = doc[part]
    return doc
