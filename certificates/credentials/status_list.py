"""W3C Bitstring Status List v1.0: the revocation list and its signed BitstringStatusListCredential."""

from __future__ import annotations

import base64
import gzip
from collections.abc import Iterable

MIN_SIZE = 131072  # 16 KiB of bits: the spec's minimum, so one holder's index reveals little (herd privacy)


class StatusListError(ValueError):
    pass


def status_list_encode(*, revoked_indices: Iterable[int], size: int = MIN_SIZE) -> str:
    """ "u" + base64url (no padding) of the gzipped bitstring; index 0 is the most significant bit of byte 0."""
    if size < MIN_SIZE or size % 8:
        raise StatusListError(f"a status list holds a multiple of 8 entries, at least {MIN_SIZE}; not {size}")
    bits = bytearray(size // 8)
    for index in revoked_indices:
        if not 0 <= index < size:
            raise StatusListError(f"status index {index} is outside the list (0..{size - 1})")
        bits[index // 8] |= 0x80 >> (index % 8)
    # mtime=0 keeps the encoding a pure function of the bits, so an unchanged list gives the same string.
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def status_list_decode(*, encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise StatusListError("encodedList must be multibase base64url (a 'u' prefix)")
    body = encoded[1:]
    try:
        compressed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        bits = gzip.decompress(compressed)
    except (ValueError, OSError, EOFError) as error:
        raise StatusListError(f"encodedList is not gzipped base64url: {error}") from error
    if len(bits) * 8 < MIN_SIZE:
        raise StatusListError(f"the status list has {len(bits) * 8} entries, fewer than {MIN_SIZE}")
    return bits


def status_list_is_set(*, encoded: str, index: int) -> bool:
    bits = status_list_decode(encoded=encoded)
    if not 0 <= index < len(bits) * 8:
        raise StatusListError(f"status index {index} is outside the list (0..{len(bits) * 8 - 1})")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))
