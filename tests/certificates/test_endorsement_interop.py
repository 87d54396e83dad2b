"""An endorsement as an independent verifier sees it: Digital Bazaar's @digitalbazaar/vc, JSON-LD safe mode, offline,
with only what we publish (the harness of test_vc_interop.py, ADR 0110, ADR 0206)."""

import json

import pytest
from django.conf import settings as django_settings

from certificates.credentials import credential_verify, status_list_revoked
from certificates.keys import site_did
from certificates.services import endorsement_issue, endorsement_revoke

from .test_vc_interop import digital_bazaar_verify, key_dir  # noqa: F401 - the fixture is used by name

pytestmark = pytest.mark.django_db


@pytest.fixture
def endorsement(certificate, trainer, teacher):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    CohortMembership.objects.create(cohort=cohort_create(name="Riverside", trainer=trainer), user=teacher)
    return endorsement_issue(endorser=trainer, certificate=certificate, comment="Clear, well-paced ICT lessons.")


def _published(client, endorsement) -> tuple[dict, dict, dict]:
    credential = json.loads(client.get(endorsement.credential_url).content)
    did_document = client.get("/.well-known/did.json").json()
    status_url = credential["credentialStatus"]["statusListCredential"]
    status_list = client.get(status_url.removeprefix(django_settings.SITE_URL)).json()
    return credential, did_document, status_list


def test_digital_bazaar_verifies_an_endorsement_and_sees_its_withdrawal(client, key_dir, endorsement):  # noqa: F811
    credential, did_document, status_list = _published(client, endorsement)
    tampered = json.loads(json.dumps(credential))
    tampered["credentialSubject"]["endorsementComment"] = "Not recommended."
    documents = {site_did(): did_document, status_list["id"]: status_list}

    report = digital_bazaar_verify(
        {"endorsement": ("credential", credential), "tampered": ("credential", tampered)}, documents
    )

    assert report["endorsement"]["verified"], report["endorsement"]["errors"]
    assert report["endorsement"]["statusVerified"] is True
    assert report["endorsement"]["revoked"] is False
    assert report["endorsement"]["unsafe"] is None  # every term defined, no relative IRI: nothing dropped
    assert not report["tampered"]["verified"]
    assert credential_verify(credential=credential, did_documents=[did_document]).ok
    assert not credential_verify(credential=tampered).ok

    endorsement_revoke(endorsement=endorsement)
    credential, did_document, status_list = _published(client, endorsement)
    report = digital_bazaar_verify(
        {"endorsement": ("credential", credential)}, {site_did(): did_document, status_list["id"]: status_list}
    )
    assert report["endorsement"]["statusVerified"] is True, report["endorsement"]["errors"]
    assert report["endorsement"]["revoked"] is True
    assert status_list_revoked(credential=credential, status_list_credential=status_list)
