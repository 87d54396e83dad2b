"""The issuer's OB 3.0 Profile, signed so that a verifier can check it against the site's DID document (ADR 0110)."""

from __future__ import annotations

import hashlib
import json

from django.core.cache import cache

from certificates.keys import key_current

from .build import issuer_id, issuer_url
from .jsonld import DATA_INTEGRITY_CONTEXT, OB_CONTEXT
from .sign import credential_sign

PROFILE_CACHE_SECONDS = 24 * 3600


def issuer_profile_signed(*, name: str, url: str) -> dict:
    """The issuer's OB 3.0 Profile, with only terms its contexts define, signed by the current key (assertionMethod)
    so a verifier can check it against the DID document. Cached: signing costs a canonicalisation."""
    profile = {
        # A Profile is no credential: the VC context defines "proof" only inside credentials and presentations, and
        # its protected DataIntegrityProof clashes with the Data Integrity context's. The OB context defines every
        # Profile term; the Data Integrity context defines the proof.
        "@context": [OB_CONTEXT, DATA_INTEGRITY_CONTEXT],
        "id": issuer_id(),
        "type": ["Profile"],
        "name": name,
        "url": url,
        # Credentials issued before ADR 0110 name the issuer by this page's URL.
        "otherIdentifier": [{"type": ["IdentifierEntry"], "identifier": issuer_url(), "identifierType": "identifier"}],
    }
    key = key_current()
    digest = hashlib.sha256(json.dumps([profile, key.key_id], sort_keys=True).encode()).hexdigest()
    cache_key = f"certificates:issuer-profile:{digest}"
    signed = cache.get(cache_key)
    if signed is None:
        signed = credential_sign(credential=profile, key=key)
        cache.set(cache_key, signed, PROFILE_CACHE_SECONDS)
    return signed
