"""Passphrase encryption for the signing keys inside a backup: scrypt derives the key, AES-256-GCM seals the bytes.

The keys are the one part of a backup that lets someone sign certificates in the issuer's name, so they never leave
the server in clear; the database and media are not encrypted here (store the archive on a private volume).
"""

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"ICTCFT-KEYS-1\n"
# scrypt's interactive-login cost (2**15) is too cheap for a secret kept for years; 2**17 takes ~0.3 s and 128 MB.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1


class WrongPassphrase(Exception):
    pass


def _key(passphrase: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


def seal(data: bytes, *, passphrase: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    return MAGIC + salt + nonce + AESGCM(_key(passphrase, salt)).encrypt(nonce, data, MAGIC)


def unseal(blob: bytes, *, passphrase: str) -> bytes:
    if not blob.startswith(MAGIC):
        raise WrongPassphrase("not a sealed key archive")
    body = blob[len(MAGIC) :]
    salt, nonce, sealed = body[:16], body[16:28], body[28:]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, MAGIC)
    except InvalidTag as exc:
        raise WrongPassphrase("wrong passphrase or damaged archive") from exc
