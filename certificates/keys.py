"""The issuer's signing keys, kept as files in settings.CERTIFICATE_KEY_DIR (never in the repository).

Layout of the key directory::

    CERTIFICATE_KEY_DIR/
        .lock                 flock()ed while generating or rotating
        current               key_id of the current key set (replaced atomically)
        <key_id>/             one key set, written to a temporary directory and renamed into place
            meta.json         {"key_id", "created_at"}
            ed25519.pem       Ed25519 private key (PKCS#8) for Open Badges credentials
            pdf-key.pem       EC P-256 private key (PKCS#8) for PAdES PDF signatures
            pdf-cert.pem      X.509 certificate for pdf-key.pem, issued by root/ (certificates/pki.py; self-signed
                              in key sets made before the root existed)
        root/                 the long-lived root CA of the PDF signing certificates (certificates/pki.py)

A key set is immutable once renamed into place; "retired" only means it is not the one named in `current`.
Retired keys stay on disk so that everything signed with them keeps verifying.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings

from . import pki

ED25519_FILE = "ed25519.pem"
PDF_KEY_FILE = "pdf-key.pem"
PDF_CERT_FILE = "pdf-cert.pem"
META_FILE = "meta.json"
CURRENT_FILE = "current"
LOCK_FILE = ".lock"
DEFAULT_ISSUER_NAME = "ICT-CFT Teacher Training"

# Multicodec prefix of an Ed25519 public key (varint of 0xed), as used by Multikey and did:key.
_ED25519_MULTICODEC = b"\xed\x01"
_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58_ALPHABET)}


# --- multibase / Multikey ------------------------------------------------------------------------------------------


def base58btc_encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, rem = divmod(number, 58)
        out.append(_B58_ALPHABET[rem])
    leading_zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * leading_zeros + "".join(reversed(out))


def base58btc_decode(text: str) -> bytes:
    number = 0
    for char in text:
        if char not in _B58_INDEX:
            raise ValueError(f"not a base58btc character: {char!r}")
        number = number * 58 + _B58_INDEX[char]
    leading_zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * leading_zeros + body


def multibase_encode(data: bytes) -> str:
    return "z" + base58btc_encode(data)


def multibase_decode(text: str) -> bytes:
    if not text.startswith("z"):
        raise ValueError("only base58btc multibase ('z' prefix) is supported")
    return base58btc_decode(text[1:])


def public_key_to_multikey(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return multibase_encode(_ED25519_MULTICODEC + raw)


def multikey_to_public_key(multikey: str) -> Ed25519PublicKey:
    """Raise ValueError unless `multikey` is a base58btc Multikey of an Ed25519 public key ("z6Mk...")."""
    data = multibase_decode(multikey)
    if not data.startswith(_ED25519_MULTICODEC) or len(data) != 34:
        raise ValueError("not an Ed25519 Multikey")
    return Ed25519PublicKey.from_public_bytes(data[2:])


# --- the key set ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuerKey:
    key_id: str
    created_at: datetime
    ed25519_private: Ed25519PrivateKey | None
    ed25519_public: Ed25519PublicKey
    public_key_multibase: str
    # The key's own did:key, and the did:key verification method that credentials issued before ADR 0110 name.
    did: str
    legacy_verification_method: str
    pdf_key_pem_path: Path
    pdf_cert_pem_path: Path
    retired: bool

    @property
    def pdf_cert_pem(self) -> str:
        return self.pdf_cert_pem_path.read_text()

    @property
    def verification_method(self) -> str:
        """The key as a verification method of the site's DID (did:web:host#key_id), which proofs name (ADR 0110)."""
        return f"{site_did()}#{self.key_id}"


def _key_dir() -> Path:
    return Path(settings.CERTIFICATE_KEY_DIR)


def _issuer_name() -> str:
    return getattr(settings, "CERTIFICATE_ISSUER_NAME", None) or DEFAULT_ISSUER_NAME


@contextmanager
def _locked() -> Iterator[Path]:
    """Serialise generation and rotation across processes (two workers starting at once on an empty directory)."""
    directory = _key_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    with os.fdopen(os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600), "r+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield directory
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _generate(directory: Path, issuer_name: str | None = None) -> str:
    """Write a complete new key set next to the others and return its key_id. Caller holds the lock."""
    created_at = datetime.now(UTC)
    key_id = f"{created_at:%Y-%m-%dT%H%M%SZ}-{secrets.token_hex(3)}"
    staging = Path(tempfile.mkdtemp(prefix=".new-", dir=directory))
    try:
        ed_private = Ed25519PrivateKey.generate()
        pkcs8 = serialization.PrivateFormat.PKCS8
        pem = serialization.Encoding.PEM
        nocrypt = serialization.NoEncryption()
        _write_private(staging / ED25519_FILE, ed_private.private_bytes(pem, pkcs8, nocrypt))
        pdf_private = ec.generate_private_key(ec.SECP256R1())
        _write_private(staging / PDF_KEY_FILE, pdf_private.private_bytes(pem, pkcs8, nocrypt))
        issuer_name = issuer_name or _issuer_name()
        pki.root_create(directory, issuer_name)
        certificate = pki.signing_certificate_issue(
            root=pki.root_load(directory), private_key=pdf_private, created_at=created_at, issuer_name=issuer_name
        )
        _write_private(staging / PDF_CERT_FILE, certificate.public_bytes(pem))
        meta = {"key_id": key_id, "created_at": created_at.isoformat()}
        _write_private(staging / META_FILE, json.dumps(meta).encode())
        os.chmod(staging, 0o700)
        os.rename(staging, directory / key_id)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return key_id


def _set_current(directory: Path, key_id: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".current-", dir=directory)
    with os.fdopen(fd, "w") as handle:
        handle.write(key_id)
    os.chmod(tmp, 0o600)
    os.replace(tmp, directory / CURRENT_FILE)


def _read_current(directory: Path) -> str | None:
    try:
        key_id = (directory / CURRENT_FILE).read_text().strip()
    except FileNotFoundError:
        return None
    return key_id if key_id and (directory / key_id / META_FILE).is_file() else None


# Key sets never change once written, so parsed keys are cached per (directory, key_id, inode).
_cache: dict[tuple[str, str, int], tuple[datetime, Ed25519PrivateKey]] = {}


def _load(directory: Path, key_id: str, current_id: str | None) -> IssuerKey:
    path = directory / key_id
    cache_key = (str(directory), key_id, path.stat().st_ino)
    if cache_key not in _cache:
        meta = json.loads((path / META_FILE).read_text())
        private = serialization.load_pem_private_key((path / ED25519_FILE).read_bytes(), password=None)
        if not isinstance(private, Ed25519PrivateKey):
            raise ValueError(f"{path / ED25519_FILE} is not an Ed25519 key")
        _cache[cache_key] = (datetime.fromisoformat(meta["created_at"]), private)
    created_at, private = _cache[cache_key]
    public = private.public_key()
    multikey = public_key_to_multikey(public)
    did = f"did:key:{multikey}"
    return IssuerKey(
        key_id=key_id,
        created_at=created_at,
        ed25519_private=private,
        ed25519_public=public,
        public_key_multibase=multikey,
        did=did,
        legacy_verification_method=f"{did}#{multikey}",
        pdf_key_pem_path=path / PDF_KEY_FILE,
        pdf_cert_pem_path=path / PDF_CERT_FILE,
        retired=key_id != current_id,
    )


# --- public interface ----------------------------------------------------------------------------------------------


def keys_ensure() -> IssuerKey:
    """Return the current key set, generating the first one if the key directory holds none."""
    directory = _key_dir()
    current_id = _read_current(directory)
    if current_id is None:
        with _locked() as directory:
            current_id = _read_current(directory)  # another process may have won the race
            if current_id is None:
                current_id = _generate(directory)
                _set_current(directory, current_id)
    return _load(directory, current_id, current_id)


def key_current() -> IssuerKey:
    return keys_ensure()


def keys_all() -> list[IssuerKey]:
    """Every key set, current and retired, newest first."""
    keys_ensure()
    return _keys_on_disk()


def _keys_on_disk() -> list[IssuerKey]:
    """Like keys_all() but never generates: a verifier must not create keys as a side effect."""
    directory = _key_dir()
    if not directory.is_dir():
        return []
    current_id = _read_current(directory)
    keys = [
        _load(directory, entry.name, current_id)
        for entry in directory.iterdir()
        if entry.is_dir() and not entry.name.startswith(".") and (entry / META_FILE).is_file()
    ]
    return sorted(keys, key=lambda key: (key.created_at, key.key_id), reverse=True)


def key_get(key_id: str) -> IssuerKey | None:
    if not key_id or "/" in key_id or key_id.startswith("."):
        return None
    current = keys_ensure()
    directory = _key_dir()
    if not (directory / key_id / META_FILE).is_file():
        return None
    return _load(directory, key_id, current.key_id)


def key_url(key: IssuerKey) -> str:
    """Where the key is published as a Multikey document (certificates/credential_urls.py)."""
    return f"{settings.SITE_URL}/credentials/issuer/keys/{key.key_id}.json"


def key_for_verification_method(vm: str) -> IssuerKey | None:
    """Our key set named by `vm`: the site DID's verification method, its legacy did:key one (or bare did), or its
    published Multikey URL."""
    for key in _keys_on_disk():
        names = (key.verification_method, key.legacy_verification_method, key.did, key_url(key))
        if vm in names or vm == f"{key_url(key)}#{key.public_key_multibase}":
            return key
    return None


# --- the issuer's DID (did:web, ADR 0110) -------------------------------------------------------------------------


def did_web(site_url: str) -> str:
    """The did:web naming `site_url`: https://host[:port][/path] -> did:web:host%3Aport[:path] (did:web spec 3.2)."""
    parts = urlsplit(site_url)
    if not parts.hostname:
        raise ValueError(f"{site_url!r} has no host name")
    authority = parts.hostname + (f"%3A{parts.port}" if parts.port else "")
    segments = [quote(segment, safe="") for segment in parts.path.split("/") if segment]
    return ":".join(["did:web", authority, *segments])


def did_document_url(site_url: str) -> str:
    """Where a did:web resolver fetches the DID document of `did_web(site_url)`."""
    base = site_url.rstrip("/")
    return f"{base}/did.json" if urlsplit(base).path.strip("/") else f"{base}/.well-known/did.json"


def site_did() -> str:
    """This site's DID: the issuer of every credential issued since ADR 0110."""
    return did_web(settings.SITE_URL)


def keys_rotate(*, issuer_name: str | None = None) -> IssuerKey:
    """Make a new current key set; the previous ones are retired but kept, so their signatures still verify.

    issuer_name: the name in the PDF signing certificate (default: settings.CERTIFICATE_ISSUER_NAME or ours)."""
    keys_ensure()
    with _locked() as directory:
        key_id = _generate(directory, issuer_name)
        _set_current(directory, key_id)
    return _load(directory, key_id, key_id)


# --- PDF signing certificates (certificates/pki.py) ----------------------------------------------------------------


def root_ensure() -> pki.Root:
    """The root CA of the PDF signing certificates, created on first use (also in key directories made before it)."""
    root = pki.root_load(_key_dir())
    if root is None:
        with _locked() as directory:
            pki.root_create(directory, _issuer_name())
        root = pki.root_load(_key_dir())
    return root


def key_for_pdf_signing() -> IssuerKey:
    """The current key set, rotated first when its PDF certificate is legacy (self-signed) or about to expire, so a
    new PDF always chains to the root with a certificate valid when it is signed."""
    key = keys_ensure()
    if not pki.signing_certificate_needs_renewal(pki.certificate_at(str(key.pdf_cert_pem_path))):
        return key
    with _locked() as directory:
        current_id = _read_current(directory)  # another process may have rotated already
        current = _load(directory, current_id, current_id)
        if pki.signing_certificate_needs_renewal(pki.certificate_at(str(current.pdf_cert_pem_path))):
            current_id = _generate(directory)
            _set_current(directory, current_id)
    return _load(directory, current_id, current_id)


def pdf_trust_anchors_pem() -> list[str]:
    """What a PDF of ours chains to: the root, and the self-signed certificates of legacy key sets. Creates nothing:
    before the root exists no PDF can chain to it."""
    root = pki.root_load(_key_dir())
    anchors = [root.pem.decode()] if root is not None else []
    for key in _keys_on_disk():
        if pki.is_self_signed(pki.certificate_at(str(key.pdf_cert_pem_path))):
            anchors.append(key.pdf_cert_pem)
    return anchors
