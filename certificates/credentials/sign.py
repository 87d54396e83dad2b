"""Signing our credentials with the issuer's current (or a given) Ed25519 key."""

from __future__ import annotations

from datetime import datetime

from certificates.keys import IssuerKey, key_current

from .jsonld import DroppedTermError
from .proof import proof_add


class CredentialSigningError(ValueError):
    pass


def credential_sign(*, credential: dict, key: IssuerKey | None = None, created: datetime | None = None) -> dict:
    """A copy of `credential` (or of any JSON-LD document of ours, such as the issuer Profile) with an eddsa-rdfc-2022
    DataIntegrityProof whose verificationMethod is the key as a method of the site's DID (did:web:host#key_id).

    Refuses a document holding a term its contexts do not define, or a relative IRI: either would be signed without
    meaning (ADR 0110)."""
    key = key or key_current()
    if key.ed25519_private is None:
        raise CredentialSigningError(f"key {key.key_id} has no private part")
    try:
        return proof_add(
            document=credential,
            private_key=key.ed25519_private,
            verification_method=key.verification_method,
            created=created,
            strict_terms=True,
        )
    except DroppedTermError as error:
        raise CredentialSigningError(str(error)) from error
