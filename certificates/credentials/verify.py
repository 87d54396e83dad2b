"""Offline verification of signed credentials: proof, key resolution and issuer binding, schema.

The issuer binding is the one W3C verifiers apply (ADR 0110): the proof's verificationMethod must be controlled by the
credential's issuer. For our credentials since ADR 0110 the issuer is the site's did:web and its DID document lists
every key, current and retired, so a rotation leaves earlier credentials verifiable. Credentials issued before (issuer
= our Profile URL, key = a did:key) are checked on their own terms: the legacy path."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyld.jsonld import JsonLdError

from certificates.keys import key_for_verification_method, multikey_to_public_key, site_did

from .build import issuer_url
from .jsonld import DroppedTermError, OfflineContextError
from .proof import ProofError, proof_verify
from .schema import credential_validate_schema

OB_TYPES = {"OpenBadgeCredential", "AchievementCredential"}
ENDORSEMENT_TYPES = {"EndorsementCredential"}
# Signed before ADR 0110 as a relative type IRI (pyld resolved it against its default base): tolerated in our own
# legacy credentials only, so that certificates issued then keep verifying.
LEGACY_RELATIVE_TYPES = frozenset({"1EdTechJsonSchemaValidator2019"})


@dataclass
class CredentialCheck:
    ok: bool
    errors: list[str]
    issuer: str | None
    verification_method: str | None
    # True when the signing key is one of this site's issuer keys (on disk, or in the published keys passed in).
    key_is_ours: bool = False
    warnings: list[str] = field(default_factory=list)
    # Issued before ADR 0110: issuer = our Profile URL, key = a did:key.
    legacy: bool = False


@dataclass(frozen=True)
class ResolvedKey:
    public_key: Ed25519PublicKey
    source: str  # "ours" (key directory), "did-document" (one passed in), "did:key", "fragment"
    controller: str | None  # the DID or URL that controls the key, when known
    multikey: str


def _issuer_id(credential: dict) -> str | None:
    issuer = credential.get("issuer")
    if isinstance(issuer, dict):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) else None


def _from_did_document(vm: str, document: dict) -> ResolvedKey:
    """`vm` from a DID document: a Multikey of that DID, authorised for assertions."""
    methods = document.get("verificationMethod")
    method = next((m for m in methods or [] if isinstance(m, dict) and m.get("id") == vm), None)
    if method is None or method.get("controller") != document.get("id"):
        raise ProofError(f"the DID document of {document.get('id')} does not list the key {vm}")
    assertion = document.get("assertionMethod") or []
    if not any(item == vm or (isinstance(item, dict) and item.get("id") == vm) for item in assertion):
        raise ProofError(f"the DID document of {document.get('id')} does not allow {vm} to sign credentials")
    multikey = method.get("publicKeyMultibase")
    try:
        return ResolvedKey(multikey_to_public_key(str(multikey)), "did-document", document["id"], str(multikey))
    except ValueError as error:
        raise ProofError(f"verificationMethod {vm!r}: {error}") from error


def resolve_verification_method(vm: str, *, did_documents: Iterable[dict] = ()) -> ResolvedKey:
    """The Ed25519 key `vm` names, without any network access, how it was found, and who controls it.

    Our own keys resolve from the key directory; a did:web method from the DID documents passed in (as fetched by the
    offline command); did:key URLs carry the key itself. Any other URL whose fragment is a Multikey (as in 1EdTech's
    test vectors, "https://example.com/issuers/1#z6Mk...") resolves from the fragment: that proves integrity, not who
    controls the key, hence the separate issuer check."""
    base, _, fragment = vm.partition("#")
    ours = key_for_verification_method(vm)
    if ours is not None:
        controller = site_did() if vm == ours.verification_method else ours.did
        return ResolvedKey(ours.ed25519_public, "ours", controller, ours.public_key_multibase)
    for document in did_documents:
        if isinstance(document, dict) and document.get("id") == base:
            return _from_did_document(vm, document)
    if base.startswith("did:key:"):
        multikey = base.removeprefix("did:key:")
        if fragment and fragment != multikey:
            raise ProofError(f"did:key fragment {fragment!r} does not name the DID's own key")
        source, controller = "did:key", base
    elif base.startswith(("https://", "http://")) and fragment.startswith("z"):
        multikey, source, controller = fragment, "fragment", base
    else:
        raise ProofError(f"cannot resolve verificationMethod {vm!r} offline")
    try:
        return ResolvedKey(multikey_to_public_key(multikey), source, controller, multikey)
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


def _binding_error(*, issuer: str | None, vm: str, key: ResolvedKey, ours: bool, legacy: bool) -> str | None:
    """Why the key may not sign for `issuer`, or None. A credential naming our issuer (DID or legacy URL) must be
    signed by one of our keys, so nobody can issue in our name with a key of their own."""
    if issuer == site_did() and not (ours and key.controller == issuer):
        return f"the credential names our issuer but {vm} is not one of our keys"
    if legacy:
        return None if ours else f"the credential names our issuer but {vm} is not one of our keys"
    if issuer and issuer.startswith("did:") and key.controller != issuer:
        return f"the key {vm} is not controlled by the issuer {issuer}"
    if key.source == "fragment" and key.controller != issuer:
        return f"verificationMethod {vm} does not belong to the issuer {issuer}"
    return None


def credential_verify(
    *, credential: dict, published_keys: Iterable[str] = (), did_documents: Iterable[dict] = ()
) -> CredentialCheck:
    """Check every proof, the issuer's control of the signing key and, for Open Badges, the 1EdTech schema.
    Never touches the network.

    `published_keys`: publicKeyMultibase values from our /credentials/issuer/keys.json and `did_documents`: our DID
    document, for a verifier that has no access to the key directory (the offline command)."""
    errors: list[str] = []
    warnings: list[str] = []
    if not isinstance(credential, dict):
        return CredentialCheck(False, ["the credential is not a JSON object"], None, None)
    issuer = _issuer_id(credential)
    types = credential.get("type")
    types = {t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
    if issuer is None and "Profile" in types and isinstance(credential.get("id"), str):
        issuer = credential["id"]  # a signed issuer Profile speaks for itself: its id must control the key
    legacy = issuer == issuer_url()
    proofs = credential.get("proof")
    proofs = proofs if isinstance(proofs, list) else [proofs] if isinstance(proofs, dict) else []
    if not proofs:
        errors.append("the credential has no proof")
    vm = None
    key_is_ours = False
    published = set(published_keys)
    did_documents = [d for d in did_documents if isinstance(d, dict)]
    for proof in proofs:
        vm = proof.get("verificationMethod") if isinstance(proof, dict) else None
        if not isinstance(vm, str):
            errors.append("a proof has no verificationMethod")
            continue
        try:
            key = resolve_verification_method(vm, did_documents=did_documents)
            allow = LEGACY_RELATIVE_TYPES if legacy else frozenset()
            proof_verify(document=credential, proof=proof, public_key=key.public_key, allow_relative=allow)
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
        this_key_ours = key.source in ("ours", "did-document") or key.multikey in published
        key_is_ours = key_is_ours or this_key_ours
        problem = _binding_error(issuer=issuer, vm=vm, key=key, ours=this_key_ours, legacy=legacy)
        if problem:
            errors.append(problem)
        elif key.source == "did:key" and key.controller != issuer and not this_key_ours:
            warnings.append(f"the key of {issuer} was taken from {vm}; its control by the issuer is not checked")
    if OB_TYPES & types:
        errors.extend(f"schema: {message}" for message in credential_validate_schema(credential=credential))
    elif ENDORSEMENT_TYPES & types:
        schema_errors = credential_validate_schema(credential=credential, endorsement=True)
        errors.extend(f"schema: {message}" for message in schema_errors)
    return CredentialCheck(not errors, errors, issuer, vm, key_is_ours, warnings, legacy)
