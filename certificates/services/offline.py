"""Signing what an offline verifier needs: the certificate's QR payload and the revocation lists (ADR 0080)."""

import base64
from datetime import UTC, datetime

from certificates.keys import IssuerKey, key_current
from certificates.models import STATUS_LIST_SIZE, Certificate
from certificates.payload import b64url_encode, certificate_payload_sign, status_list_payload_sign


def certificate_payload_make(*, certificate: Certificate, key: IssuerKey | None = None) -> str:
    """The base64url payload for `certificate`, signed with the current credential key (deterministic: Ed25519)."""
    key = key or key_current()
    snapshot = certificate.snapshot
    level = snapshot.get("level", {})
    data = certificate_payload_sign(
        code=certificate.code,
        holder_name=snapshot.get("holder_name", ""),
        framework=certificate.framework_slug,
        level_code=level.get("code", ""),
        level_name=level.get("local_name") or level.get("name", ""),
        issued_at=certificate.issued_at,
        expires_at=certificate.expires_at,
        status_index=certificate.status_list_index,
        language=certificate.language,
        private_key=key.ed25519_private,
        issued_by_hand=certificate.manual,
    )
    return b64url_encode(data)


def status_list_payload_make(*, list_id: int, encoded: str, now: datetime | None = None) -> str:
    """The revocation list `encoded` (status_list_encode's "u…" string) re-wrapped as a signed COSE payload.

    The browser can check Ed25519 over CBOR, not the RDF canonicalisation the W3C list credential is signed with.
    """
    body = encoded[1:]
    gzipped = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    data = status_list_payload_sign(
        list_id=list_id,
        made_at=(now or datetime.now(UTC)).replace(microsecond=0),
        size=STATUS_LIST_SIZE,
        gzipped_bits=gzipped,
        private_key=key_current().ed25519_private,
    )
    return b64url_encode(data)
