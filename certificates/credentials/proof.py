"""W3C Data Integrity proofs with the eddsa-rdfc-2022 cryptosuite (VC Data Integrity EdDSA Cryptosuites v1.0, 3.3).

hashData = sha256(RDFC-1.0(proof configuration)) || sha256(RDFC-1.0(document without proof));
proofValue = multibase base58btc of the Ed25519 signature over hashData.
"""

from __future__ import annotations

import copy
import hashlib
import re
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from certificates.keys import multibase_decode, multibase_encode

from .jsonld import ISSUER_DEPENDENT_VOCAB, DroppedTermError, canonicalize

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"


class ProofError(ValueError):
    pass


def _hash_data(
    document: dict, proof_config: dict, *, strict_terms: bool = False, allow_relative: frozenset[str] = frozenset()
) -> bytes:
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    config = {key: value for key, value in proof_config.items() if key != "proofValue"}
    config["@context"] = document.get("@context")
    canonical_document = canonicalize(unsecured, allow_relative=allow_relative)
    if strict_terms and ISSUER_DEPENDENT_VOCAB in canonical_document:
        # Cheaper than a separate expansion: undefined terms show up in the N-Quads under the catch-all vocabulary.
        terms = sorted(set(re.findall(re.escape(ISSUER_DEPENDENT_VOCAB) + r"([^>]+)>", canonical_document)))
        raise DroppedTermError(f"terms not defined by the credential's contexts: {', '.join(terms)}")
    return hashlib.sha256(canonicalize(config).encode()).digest() + hashlib.sha256(canonical_document.encode()).digest()


def proof_add(
    *,
    document: dict,
    private_key: Ed25519PrivateKey,
    verification_method: str,
    created: datetime | None = None,
    strict_terms: bool = False,
    allow_relative: frozenset[str] = frozenset(),
) -> dict:
    """Return a copy of `document` with an eddsa-rdfc-2022 proof appended to its `proof` array.

    strict_terms: raise DroppedTermError rather than sign a term the contexts do not define.
    allow_relative: relative IRIs to sign anyway, resolved as pyld's default base does: only to reproduce what was
    signed before ADR 0110 (tests of the legacy path)."""
    created = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    proof = {
        "type": PROOF_TYPE,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": verification_method,
        "cryptosuite": CRYPTOSUITE,
        "proofPurpose": "assertionMethod",
    }
    signature = private_key.sign(_hash_data(document, proof, strict_terms=strict_terms, allow_relative=allow_relative))
    proof["proofValue"] = multibase_encode(signature)
    signed = copy.deepcopy(document)
    existing = signed.get("proof", [])
    signed["proof"] = (existing if isinstance(existing, list) else [existing]) + [proof]
    return signed


def proof_verify(
    *, document: dict, proof: dict, public_key: Ed25519PublicKey, allow_relative: frozenset[str] = frozenset()
) -> None:
    """Raise ProofError unless `proof` is a valid eddsa-rdfc-2022 proof of `document` by `public_key`.

    Raises DroppedTermError (RelativeIriError) for a term without meaning, unless `allow_relative` tolerates it."""
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        raise ProofError(f"unsupported proof: type {proof.get('type')!r}, cryptosuite {proof.get('cryptosuite')!r}")
    if proof.get("proofPurpose") != "assertionMethod":
        raise ProofError(f"proofPurpose must be assertionMethod, not {proof.get('proofPurpose')!r}")
    proof_value = proof.get("proofValue")
    if not isinstance(proof_value, str):
        raise ProofError("the proof has no proofValue")
    try:
        signature = multibase_decode(proof_value)
    except ValueError as error:
        raise ProofError(f"proofValue is not base58btc multibase: {error}") from error
    if len(signature) != 64:
        raise ProofError("proofValue is not a 64-byte Ed25519 signature")
    try:
        public_key.verify(signature, _hash_data(document, proof, allow_relative=allow_relative))
    except InvalidSignature as error:
        raise ProofError(
            "the signature does not match: the document was changed after signing, or signed by another key"
        ) from error
