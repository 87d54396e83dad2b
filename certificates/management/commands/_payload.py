"""verify_certificate's check of a QR payload, apart so the command module stays readable."""

from collections.abc import Callable
from datetime import UTC, datetime

from certificates.credentials import StatusListError, credential_verify, status_list_is_set
from certificates.models import STATUS_LIST_SIZE
from certificates.payload import PayloadForged, PayloadUnreadable, certificate_payload_verify, payload_from_text


def payload_check(
    *, text: str, public_keys: list, status_for: Callable[[int], tuple[dict, float] | None], multikeys: list[str]
) -> tuple[str, str]:
    """(verdict, message): VALID, FORGED, UNREADABLE, REVOKED, EXPIRED or UNKNOWN (no list cached)."""
    try:
        claims = certificate_payload_verify(data=payload_from_text(text), public_keys=public_keys)
    except PayloadUnreadable as exc:
        return "UNREADABLE", f"this is not a certificate payload ({exc})"
    except PayloadForged as exc:
        return "FORGED", str(exc)
    who = f"{claims.code} · {claims.holder_name} · {claims.framework} {claims.level_code} {claims.level_name}".strip()
    if claims.issued_by_hand:
        who += " · issued by hand, approved by a certification officer"
    cached = status_for(claims.status_index)
    if cached is None:
        return "UNKNOWN", f"{who}: signature valid, but no status list cached; run again with --refresh"
    status_credential, fetched_at = cached
    check = credential_verify(credential=status_credential, published_keys=multikeys)
    subject = status_credential.get("credentialSubject") or {}
    if not check.ok or subject.get("statusPurpose") != "revocation":
        return "UNKNOWN", f"{who}: the cached status list does not verify"
    try:
        revoked = status_list_is_set(
            encoded=subject.get("encodedList", ""), index=claims.status_index % STATUS_LIST_SIZE
        )
    except StatusListError as exc:
        return "UNKNOWN", f"{who}: {exc}"
    fetched = datetime.fromtimestamp(fetched_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
    if revoked:
        return "REVOKED", f"{who} (status list fetched {fetched})"
    if claims.expired():
        return "EXPIRED", f"{who} on {claims.expires_at:%Y-%m-%d}"
    return "VALID", f"{who} (signature and issuer key verified; status list fetched {fetched})"
