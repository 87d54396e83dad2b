"""The site's DID document (did:web, ADR 0110): the keys that may sign for the issuer, current and retired."""

from __future__ import annotations

from certificates.keys import IssuerKey, keys_all, site_did

DID_CONTEXT = "https://www.w3.org/ns/did/v1"
MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1"


def multikey_method(key: IssuerKey) -> dict:
    """`key` as a Multikey verification method of the site's DID."""
    return {
        "id": key.verification_method,
        "type": "Multikey",
        "controller": site_did(),
        "publicKeyMultibase": key.public_key_multibase,
    }


def did_document_build() -> dict:
    """Every key, the current first and then the retired ones newest first, may sign credentials (assertionMethod),
    so what was signed before a rotation keeps verifying. Retired keys sign nothing new: only the current key is in
    the key directory's `current`."""
    keys = sorted(keys_all(), key=lambda key: key.retired)  # stable sort: newest first within each group
    return {
        "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
        "id": site_did(),
        "verificationMethod": [multikey_method(key) for key in keys],
        "assertionMethod": [key.verification_method for key in keys],
    }
