"""The compact signed payload in a certificate's QR code: checkable with no connection (ADR 0080).

A COSE_Sign1 (RFC 9052, CBOR tag 18) signed EdDSA/Ed25519 with the issuer's credential key (ADR 0050), written
base64url after "#" in the verify link: `https://site/verify/<code>/#<payload>`. A camera app opens the online page
(the fragment never reaches the server); the offline page and `verify_certificate` read the fragment.

Claims (a CBOR map with small integer keys, to keep the QR code scannable):
    1 code · 2 holder's name · 3 framework slug · 4 level code · 5 level name (certificate's language)
    6 issued (Unix seconds) · 7 expires (Unix seconds, absent = never) · 8 status-list index (global)
    9 certificate language · 10 how it was earned: 0 by assessments, 1 issued by hand with a certification
    officer's approval (ADR 0113; absent in payloads signed before it, which still verify: "not stated")

The signed revocation lists for offline use have the same envelope, with claims
    1 list number · 2 made at (Unix seconds) · 3 list size · 4 gzipped bitstring (index 0 = MSB of byte 0).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

COSE_SIGN1_TAG = 18
ALG_EDDSA = -8
HEADER_ALG = 1
HEADER_CONTENT_TYPE = 3
HEADER_KID = 4
CONTENT_CERTIFICATE = "ictcft-cert/1"
CONTENT_STATUS_LIST = "ictcft-status/1"
KID_BYTES = 8
# A payload is a few hundred bytes; anything far larger is not ours and is refused before decoding.
MAX_PAYLOAD_BYTES = 4096
MAX_STATUS_BYTES = 65536

C_CODE, C_NAME, C_FRAMEWORK, C_LEVEL, C_LEVEL_NAME, C_ISSUED, C_EXPIRES, C_STATUS, C_LANGUAGE, C_EARNED = range(1, 11)
EARNED_ASSESSMENTS, EARNED_BY_HAND = 0, 1
S_LIST, S_MADE, S_SIZE, S_BITS = range(1, 5)

_B64URL = re.compile(r"^[A-Za-z0-9_-]+$")


class PayloadUnreadable(ValueError):
    """The text is not a payload at all (truncated, not base64url, not COSE): "cannot read"."""


class PayloadForged(ValueError):
    """A well-formed payload whose signature does not verify with any of the issuer's keys."""


@dataclass(frozen=True)
class CertificateClaims:
    code: str
    holder_name: str
    framework: str
    level_code: str
    level_name: str
    issued_at: datetime
    expires_at: datetime | None
    status_index: int
    language: str
    # True: issued by hand with a certification officer's approval; False: earned by assessments; None: not stated
    # (signed before claim 10 existed).
    issued_by_hand: bool | None = None

    def expired(self, *, now: datetime | None = None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or datetime.now(UTC))


def key_id(public_key: Ed25519PublicKey) -> bytes:
    """First 8 bytes of SHA-256 of the raw public key: names the key without spending 32 bytes of QR code."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).digest()[:KID_BYTES]


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def b64url_decode(text: str) -> bytes:
    if not text or not _B64URL.match(text) or len(text) % 4 == 1:
        raise PayloadUnreadable("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise PayloadUnreadable("not base64url") from exc


def _sig_structure(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload])


def cose_sign(*, claims: dict, private_key: Ed25519PrivateKey, content_type: str) -> bytes:
    protected = cbor2.dumps(
        {HEADER_ALG: ALG_EDDSA, HEADER_CONTENT_TYPE: content_type, HEADER_KID: key_id(private_key.public_key())},
        canonical=True,
    )
    payload = cbor2.dumps(claims, canonical=True)
    signature = private_key.sign(_sig_structure(protected, payload))
    return cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature]))


def cose_verify(*, data: bytes, public_keys: list[Ed25519PublicKey], content_type: str, limit: int) -> dict:
    """The claims of a COSE_Sign1 signed by one of `public_keys`. PayloadUnreadable / PayloadForged otherwise."""
    if not isinstance(data, bytes | bytearray) or not data or len(data) > limit:
        raise PayloadUnreadable("empty or too large")
    try:
        message = cbor2.loads(data)
    except Exception as exc:  # cbor2 raises several types (CBORDecodeError, ValueError, EOFError...)
        raise PayloadUnreadable("not CBOR") from exc
    if isinstance(message, cbor2.CBORTag):
        if message.tag != COSE_SIGN1_TAG:
            raise PayloadUnreadable("not a COSE_Sign1")
        message = message.value
    if not (isinstance(message, list | tuple) and len(message) == 4):
        raise PayloadUnreadable("not a COSE_Sign1")
    protected, _unprotected, payload, signature = message
    if not all(isinstance(part, bytes) for part in (protected, payload, signature)):
        raise PayloadUnreadable("not a COSE_Sign1")
    try:
        header = cbor2.loads(protected)
        claims = cbor2.loads(payload)
    except Exception as exc:
        raise PayloadUnreadable("damaged header or claims") from exc
    if not isinstance(header, dict) or header.get(HEADER_ALG) != ALG_EDDSA:
        raise PayloadForged("not signed with EdDSA")
    if header.get(HEADER_CONTENT_TYPE) != content_type:
        raise PayloadForged("not this kind of document")
    if len(signature) != 64:
        raise PayloadForged("the signature has the wrong length")
    kid = header.get(HEADER_KID)
    to_be_signed = _sig_structure(protected, payload)
    for public_key in public_keys:
        if kid is not None and kid != key_id(public_key):
            continue
        try:
            public_key.verify(signature, to_be_signed)
        except InvalidSignature:
            continue
        if not isinstance(claims, dict):
            raise PayloadForged("signed, but not a claims map")
        return claims
    raise PayloadForged("the signature does not verify with the issuer's keys")


def _epoch(moment: datetime | None) -> int | None:
    return int(moment.timestamp()) if moment is not None else None


def certificate_payload_sign(
    *,
    code: str,
    holder_name: str,
    framework: str,
    level_code: str,
    level_name: str,
    issued_at: datetime,
    expires_at: datetime | None,
    status_index: int,
    language: str,
    private_key: Ed25519PrivateKey,
    issued_by_hand: bool = False,
) -> bytes:
    claims = {
        C_CODE: code,
        C_NAME: holder_name,
        C_FRAMEWORK: framework,
        C_LEVEL: level_code,
        C_LEVEL_NAME: level_name,
        C_ISSUED: _epoch(issued_at),
        C_STATUS: status_index,
        C_LANGUAGE: language,
        C_EARNED: EARNED_BY_HAND if issued_by_hand else EARNED_ASSESSMENTS,
    }
    if expires_at is not None:
        claims[C_EXPIRES] = _epoch(expires_at)
    return cose_sign(claims=claims, private_key=private_key, content_type=CONTENT_CERTIFICATE)


def payload_from_text(text: str) -> bytes:
    """The payload bytes in a scanned or pasted text: the whole verify link, or just what follows "#"."""
    text = (text or "").strip()
    if "#" in text:
        text = text.rsplit("#", 1)[1]
    return b64url_decode(re.sub(r"\s+", "", text))


def _text_claim(claims: dict, key: int, *, required: bool = True) -> str:
    value = claims.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise PayloadForged(f"claim {key} is missing or not text")
    return value


def _time_claim(claims: dict, key: int) -> datetime | None:
    value = claims.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**40:
        raise PayloadForged(f"claim {key} is not a time")
    return datetime.fromtimestamp(value, UTC)


def certificate_payload_verify(*, data: bytes, public_keys: list[Ed25519PublicKey]) -> CertificateClaims:
    """The certificate's claims if one of our keys signed them; PayloadUnreadable or PayloadForged otherwise."""
    claims = cose_verify(data=data, public_keys=public_keys, content_type=CONTENT_CERTIFICATE, limit=MAX_PAYLOAD_BYTES)
    issued_at = _time_claim(claims, C_ISSUED)
    index = claims.get(C_STATUS)
    if issued_at is None or not isinstance(index, int) or isinstance(index, bool) or index < 0:
        raise PayloadForged("issue date or status index missing")
    earned = claims.get(C_EARNED)
    if earned is not None and (isinstance(earned, bool) or earned not in (EARNED_ASSESSMENTS, EARNED_BY_HAND)):
        raise PayloadForged(f"claim {C_EARNED} is not 0 or 1")
    return CertificateClaims(
        code=_text_claim(claims, C_CODE),
        holder_name=_text_claim(claims, C_NAME),
        framework=_text_claim(claims, C_FRAMEWORK),
        level_code=_text_claim(claims, C_LEVEL),
        level_name=_text_claim(claims, C_LEVEL_NAME, required=False),
        issued_at=issued_at,
        expires_at=_time_claim(claims, C_EXPIRES),
        status_index=index,
        language=_text_claim(claims, C_LANGUAGE, required=False) or "en",
        issued_by_hand=None if earned is None else earned == EARNED_BY_HAND,
    )


def status_list_payload_sign(
    *, list_id: int, made_at: datetime, size: int, gzipped_bits: bytes, private_key: Ed25519PrivateKey
) -> bytes:
    claims = {S_LIST: list_id, S_MADE: _epoch(made_at), S_SIZE: size, S_BITS: gzipped_bits}
    return cose_sign(claims=claims, private_key=private_key, content_type=CONTENT_STATUS_LIST)


def status_list_payload_verify(*, data: bytes, public_keys: list[Ed25519PublicKey]) -> dict:
    """{"list_id", "made_at", "size", "gzipped_bits"} of a signed offline revocation list."""
    claims = cose_verify(data=data, public_keys=public_keys, content_type=CONTENT_STATUS_LIST, limit=MAX_STATUS_BYTES)
    made_at = _time_claim(claims, S_MADE)
    if made_at is None or not isinstance(claims.get(S_BITS), bytes) or not isinstance(claims.get(S_LIST), int):
        raise PayloadForged("not a status list")
    return {"list_id": claims[S_LIST], "made_at": made_at, "size": claims.get(S_SIZE), "gzipped_bits": claims[S_BITS]}
