"""The signed BitstringStatusListCredential, and reading a credential's revocation bit from one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .build import iso_utc, issuer_id
from .jsonld import VC_CONTEXT
from .sign import credential_sign
from .status_list import StatusListError, status_list_decode, status_list_is_set
from .verify import credential_verify

# How long a fetched list may be relied on; offline verifiers refresh after this.
STATUS_LIST_TTL = timedelta(days=1)


def status_list_credential_build(*, list_url: str, encoded: str, now: datetime | None = None) -> dict:
    """The revocation list `encoded` (from status_list_encode) as a BitstringStatusListCredential signed by our
    current key."""
    status_list_decode(encoded=encoded)  # refuse to sign a malformed list
    now = now or datetime.now(UTC)
    credential = {
        "@context": [VC_CONTEXT],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": iso_utc(now),
        "validUntil": iso_utc(now + STATUS_LIST_TTL),
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "ttl": int(STATUS_LIST_TTL.total_seconds() * 1000),
            "encodedList": encoded,
        },
    }
    return credential_sign(credential=credential, created=now)


def status_list_revoked(*, credential: dict, status_list_credential: dict, published_keys=(), did_documents=()) -> bool:
    """Whether `credential`'s revocation bit is set in `status_list_credential` (which must be the list the
    credential points to, and verify). Raises StatusListError when the two do not fit together."""
    entry = credential.get("credentialStatus")
    entries = entry if isinstance(entry, list) else [entry]
    entry = next((e for e in entries if isinstance(e, dict) and e.get("statusPurpose") == "revocation"), None)
    if entry is None:
        raise StatusListError("the credential has no revocation status entry")
    if entry.get("statusListCredential") != status_list_credential.get("id"):
        raise StatusListError("the status list is not the one the credential refers to")
    check = credential_verify(
        credential=status_list_credential, published_keys=published_keys, did_documents=did_documents
    )
    if not check.ok:
        raise StatusListError(f"the status list does not verify: {'; '.join(check.errors)}")
    if _issuer(status_list_credential) != _issuer(credential):
        raise StatusListError("the status list was issued by someone else than the credential")
    subject = status_list_credential.get("credentialSubject") or {}
    if subject.get("statusPurpose") != "revocation":
        raise StatusListError("the status list is not a revocation list")
    try:
        index = int(entry.get("statusListIndex"))
    except (TypeError, ValueError) as error:
        raise StatusListError("statusListIndex is not an integer") from error
    return status_list_is_set(encoded=subject.get("encodedList", ""), index=index)


def _issuer(credential: dict) -> str | None:
    issuer = credential.get("issuer")
    return issuer.get("id") if isinstance(issuer, dict) else issuer
