"""Offline verification of signed credentials: proof, key resolution (did:key or our published keys), schema."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyld.jsonld import JsonLdError

from certificates.keys import key_for_verification_method, multikey_to_public_key

from .build import issuer_url
from .jsonld import DroppedTermError, OfflineContextError
from .proof import ProofError, proof_verify
from .schema import credential_validate_schema

OB_TYPES = {"OpenBadgeCredential", "AchievementCredential"}


@dataclass
class CredentialCheck:
    ok: bool
    errors: list[str]
    issuer: str | None
    verification_method: str | None
    # True when the signing key is one of this site's issuer keys (on disk, or in the published keys passed in).
    key_is_ours: bool = False
    warnings: list[str] = field(default_factory=list)


def _issuer_id(credential: dict) -> str | None:
    issuer = credential.get("issuer")
    if isinstance(issuer, dict):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) else None


def resolve_verification_method(vm: str) -> tuple[Ed25519PublicKey, str]:
    """The Ed25519 key `vm` names, without any network access, and how it was found.

    did:key URLs carry the key itself. Our own key URLs resolve from the key directory. Any other URL whose fragment
    is a Multikey (as in 1EdTech's test vectors, "https://example.com/issuers/1#z6Mk...") resolves from the fragment:
    that proves integrity, not who controls the key, hence the separate issuer check."""
    ours = key_for_verification_method(vm)
    if ours is not None:
        return ours.ed25519_public, "ours"
    base, _, fragment = vm.partition("#")
    if base.startswith("did:key:"):
        multikey = base.removeprefix("did:key:")
        if fragment and fragment != multikey:
            raise ProofError(f"did:key fragment {fragment!r} does not name the DID's own key")
        source = "did:key"
    elif base.startswith(("https://", "http://")) and fragment.startswith("z"):
        multikey = fragment
        source = "fragment"
    else:
        raise ProofError(f"cannot resolve verificationMethod {vm!r} offline")
    try:
        return multikey_to_public_key(multikey), source
    except ValueError as error:
        raise ProofError(f"verificationMethod {vm!r}: {error}") from error


def _jsonld_reason(error: BaseException) -> str:
    """pyld wraps the real reason (an unknown context, a dropped term) several causes deep."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DroppedTermError | OfflineContextError):
            return str(cause)
        cause = cause.__cause__ or cause.__context__
    return f"the credential is not valid JSON-LD: {str(error).splitlines()[0]}"


def credential_verify(*, credential: dict, published_keys: Iterable[str] = ()) -> CredentialCheck:
    """Check every proof and, for Open Badges, the 1EdTech schema. Never touches the network.

    `published_keys`: publicKeyMultibase values from our /credentials/issuer/keys.json, for a verifier that has
    no access to the key directory (the offline command). A credential naming our issuer must be signed by one of
    our keys, so nobody can issue in our name with a key of their own."""
    errors: list[str] = []
    warnings: list[str] = []
    if not isinstance(credential, dict):
        return CredentialCheck(False, ["the credential is not a JSON object"], None, None)
    issuer = _issuer_id(credential)
    proofs = credential.get("proof")
    proofs = proofs if isinstance(proofs, list) else [proofs] if isinstance(proofs, dict) else []
    if not proofs:
        errors.append("the credential has no proof")
    vm = None
    key_is_ours = False
    published = set(published_keys)
    for proof in proofs:
        vm = proof.get("verificationMethod") if isinstance(proof, dict) else None
        if not isinstance(vm, str):
            errors.append("a proof has no verificationMethod")
            continue
        try:
            public_key, source = resolve_verification_method(vm)
            proof_verify(document=credential, proof=proof, public_key=public_key)
        except (ProofError, DroppedTermError, OfflineContextError) as error:
            errors.append(str(error))
            continue
        except JsonLdError as error:
            errors.append(_jsonld_reason(error))
            continue
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            # pyld raises plain exceptions for some malformed input (a relative context IRI, say): still a "no".
            errors.append(f"the credential is not valid JSON-LD: {error}")
            continue
        multikey = vm.partition("#")[2] or vm.removeprefix("did:key:")
        this_key_ours = source == "ours" or multikey in published
        key_is_ours = key_is_ours or this_key_ours
        if issuer == issuer_url() and not this_key_ours:
            errors.append(f"the credential names our issuer but {vm} is not one of our keys")
        elif source == "fragment" and vm.partition("#")[0] != issuer:
            errors.append(f"verificationMethod {vm} does not belong to the issuer {issuer}")
        elif not this_key_ours and issuer != issuer_url():
            warnings.append(f"the key of {issuer} was taken from {vm}; its control by the issuer is not checked")
    types = credential.get("type")
    if OB_TYPES & {t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}:
        errors.extend(f"schema: {message}" for message in credential_validate_schema(credential=credential))
    return CredentialCheck(not errors, errors, issuer, vm, key_is_ours, warnings)
