"""The unsigned OB 3.0 EndorsementCredential: the platform states who endorsed which certificate, in their words.

The issuer is the platform's did:web, as for certificates (ADR 0205): endorsers hold no keys, and what a verifier
can check is that this platform, which knows who signed in and how they worked with the holder, vouches that the
endorser wrote it. The endorser is named in the credential's name and description; their own words are the
subject's endorsementComment, unchanged. The subject is the certificate's credential (an assertion), by its id.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings

from .build import SCHEMA_TYPE, credential_url, iso_utc, issuer_profile_ref
from .jsonld import OB_CONTEXT, VC_CONTEXT

ENDORSEMENT_SCHEMA_URL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json"


def endorsement_url(public_id: str) -> str:
    return f"{settings.SITE_URL}/credentials/endorsements/{public_id}.json"


def endorsement_credential_build(
    *,
    public_id: str,
    certificate_code: str,
    holder_name: str,
    achievement_name: str,
    endorser_name: str,
    comment: str,
    issued_at: datetime,
    issuer_name: str,
    status_list_url: str,
    status_index: int,
) -> dict:
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": endorsement_url(public_id),
        "type": ["VerifiableCredential", "EndorsementCredential"],
        "name": f"{endorser_name} endorses certificate {certificate_code}",
        "description": (
            f"{endorser_name} endorses certificate {certificate_code} of {holder_name} ({achievement_name}). "
            f"{issuer_name} checked that {endorser_name} worked with {holder_name} on its platform and signs what "
            f"they wrote."
        ),
        "issuer": issuer_profile_ref(name=issuer_name),
        "validFrom": iso_utc(issued_at),
        "awardedDate": iso_utc(issued_at),
        "credentialSubject": {
            "id": credential_url(certificate_code),
            "type": ["EndorsementSubject"],
            "endorsementComment": comment,
        },
        "credentialSchema": [{"id": ENDORSEMENT_SCHEMA_URL, "type": SCHEMA_TYPE}],
        "credentialStatus": {
            "id": f"{status_list_url}#{status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(status_index),
            "statusListCredential": status_list_url,
        },
    }
