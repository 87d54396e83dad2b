"""Our credentials as an independent verifier sees them: Digital Bazaar's @digitalbazaar/vc (the library behind the VC
playground and Learner Credential Wallet) in JSON-LD safe mode, offline, with only the documents we publish (ADR 0110).

tests/interop/vc_verify.mjs runs the verifier; its exact versions are in tests/interop/package-lock.json."""

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command

from certificates.credentials import credential_verify, status_list_revoked
from certificates.credentials.jsonld import CONTEXT_FILES, CONTEXTS_DIR
from certificates.credentials.proof import proof_add
from certificates.credentials.verify import LEGACY_RELATIVE_TYPES
from certificates.keys import key_current, site_did
from certificates.services import certificate_issue, certificate_revoke

pytestmark = pytest.mark.django_db

INTEROP = Path(__file__).resolve().parents[1] / "interop"
INSTALL = "npm ci --prefix tests/interop"


def _node() -> str:
    """The node binary, or a failure naming the one command to run: this test is never skipped."""
    node = shutil.which("node")
    if node is None:
        pytest.fail(f"Node.js is not installed: run apt-get install nodejs npm && {INSTALL}")
    if not (INTEROP / "node_modules" / "@digitalbazaar" / "vc").is_dir():
        pytest.fail(f"the verifier's npm packages are not installed: run {INSTALL}")
    return node


def digital_bazaar_verify(checks: dict[str, tuple[str, dict]], documents: dict[str, dict]) -> dict:
    """Run each check ("credential" or "document", the JSON) through vc_verify.mjs; its loader serves `documents`
    and our shipped contexts, nothing else."""
    payload = {
        "checks": {name: {"kind": kind, "document": document} for name, (kind, document) in checks.items()},
        "documents": documents,
        "contexts": {url: str(CONTEXTS_DIR / name) for url, name in CONTEXT_FILES.items()},
    }
    result = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [_node(), str(INTEROP / "vc_verify.mjs")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def key_dir(settings, tmp_path):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    cache.clear()  # the status list and the signed Profile are cached, signed by whatever key was current
    yield settings.CERTIFICATE_KEY_DIR
    cache.clear()


def _published(client, certificate) -> tuple[dict, dict, dict, dict]:
    """The credential, and what a verifier fetches for it: DID document, status list credential, issuer Profile."""
    credential = json.loads(client.get(f"/credentials/{certificate.code}.json").content)
    did_document = client.get("/.well-known/did.json").json()
    status_url = credential["credentialStatus"]["statusListCredential"]
    status_list = client.get(status_url.removeprefix(django_settings.SITE_URL)).json()
    profile = client.get("/credentials/issuer/").json()
    return credential, did_document, status_list, profile


def test_digital_bazaar_verifies_our_credential_status_list_and_profile(client, key_dir, certificate):
    credential, did_document, status_list, profile = _published(client, certificate)
    tampered = json.loads(json.dumps(credential))
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Somebody Else"
    forged_profile = {**profile, "url": "https://forger.example/"}
    # What we signed before ADR 0110: a schema type no context defines, i.e. a relative IRI. Signed anyway (as pyld
    # did) to show the verifier runs in safe mode and refuses it.
    relative = {key: value for key, value in json.loads(json.dumps(credential)).items() if key != "proof"}
    relative["credentialSchema"][0]["type"] = "1EdTechJsonSchemaValidator2019"
    key = key_current()
    relative = proof_add(
        document=relative,
        private_key=key.ed25519_private,
        verification_method=key.verification_method,
        allow_relative=LEGACY_RELATIVE_TYPES,
    )
    documents = {site_did(): did_document, status_list["id"]: status_list}

    report = digital_bazaar_verify(
        {
            "credential": ("credential", credential),
            "tampered": ("credential", tampered),
            "status list": ("credential", status_list),
            "profile": ("document", profile),
            "forged profile": ("document", forged_profile),
            "relative type": ("credential", relative),
        },
        documents,
    )

    assert report["credential"]["verified"], report["credential"]["errors"]
    assert report["credential"]["statusVerified"] is True
    assert report["credential"]["revoked"] is False
    assert not report["tampered"]["verified"]
    assert report["status list"]["verified"], report["status list"]["errors"]
    assert report["profile"]["verified"], report["profile"]["errors"]
    assert not report["forged profile"]["verified"]
    assert not report["relative type"]["verified"]
    assert "Safe mode" in " ".join(report["relative type"]["errors"])
    assert "1EdTechJsonSchemaValidator2019" in report["relative type"]["unsafe"]
    # Safe mode: no term of any document we publish is undefined or a relative IRI.
    assert {name: report[name]["unsafe"] for name in ("credential", "status list", "profile")} == dict.fromkeys(
        ("credential", "status list", "profile")
    )
    assert report["documents"] == dict.fromkeys(documents)

    # Our own verifier agrees.
    assert credential_verify(credential=credential).ok
    assert not credential_verify(credential=tampered).ok
    assert credential_verify(credential=status_list).ok
    assert credential_verify(credential=profile).ok
    assert not credential_verify(credential=forged_profile).ok
    assert not credential_verify(credential=relative).ok
    assert not status_list_revoked(credential=credential, status_list_credential=status_list)


def test_a_revoked_certificate_shows_revoked_through_the_status_list(client, key_dir, certificate):
    certificate_revoke(certificate=certificate, reason="Fraud")
    credential, did_document, status_list, _ = _published(client, certificate)

    report = digital_bazaar_verify(
        {"credential": ("credential", credential)}, {site_did(): did_document, status_list["id"]: status_list}
    )

    assert report["credential"]["statusVerified"] is True, report["credential"]["errors"]
    assert report["credential"]["revoked"] is True
    assert credential_verify(credential=credential).ok  # the signature still holds: only the status changed
    assert status_list_revoked(credential=credential, status_list_credential=status_list)


def test_a_credential_signed_before_a_key_rotation_still_verifies(client, key_dir, certificate, make_user, level_ka):
    from .conftest import attain

    before = json.loads(client.get(f"/credentials/{certificate.code}.json").content)
    call_command("rotate_keys", stdout=io.StringIO())
    cache.clear()
    other = make_user("after-rotation")
    attain(other, level_ka)
    after = json.loads(certificate_issue(user=other, level=level_ka).credential_json)
    _, did_document, status_list, profile = _published(client, certificate)
    assert before["proof"][0]["verificationMethod"] != after["proof"][0]["verificationMethod"]
    assert [m["id"] for m in did_document["verificationMethod"]][1] == before["proof"][0]["verificationMethod"]

    report = digital_bazaar_verify(
        {
            "before": ("credential", before),
            "after": ("credential", after),
            "profile": ("document", profile),
        },
        {site_did(): did_document, status_list["id"]: status_list},
    )

    for name in ("before", "after", "profile"):
        assert report[name]["verified"], (name, report[name]["errors"])
    assert report["before"]["revoked"] is False
    assert credential_verify(credential=before).ok
    assert credential_verify(credential=after).ok


def test_a_key_that_is_not_in_the_did_document_is_refused(client, key_dir, certificate, settings, tmp_path):
    credential, did_document, status_list, _ = _published(client, certificate)
    stranger = {**did_document, "verificationMethod": [], "assertionMethod": []}

    report = digital_bazaar_verify(
        {"credential": ("credential", credential)}, {site_did(): stranger, status_list["id"]: status_list}
    )

    assert not report["credential"]["verified"]
    settings.CERTIFICATE_KEY_DIR = tmp_path / "a-verifier-without-our-keys"
    assert not credential_verify(credential=credential, did_documents=[stranger]).ok
    assert credential_verify(credential=credential, did_documents=[did_document]).ok
