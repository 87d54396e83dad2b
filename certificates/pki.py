"""The issuer's X.509 hierarchy for PDF signatures: one long-lived root CA, short-lived signing certificates, a CRL.

A PDF reader (or our own check) trusts the root once; each key set's signing certificate is issued by it, so trust
survives key rotation. The signing certificates live a year: a PDF stays provable after that through its RFC 3161
signature timestamp, which fixes when it was signed (ADR 0112).

Layout under CERTIFICATE_KEY_DIR::

    root/                 written once (under the key directory's lock), to a temporary directory renamed into place
        root-key.pem      EC P-384 private key (PKCS#8)
        root-cert.pem     self-signed root certificate, 25 years

Key sets made before the root existed keep their self-signed certificate ("legacy"); it stays a trust anchor so the
PDFs it signed keep verifying.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.conf import settings

ROOT_DIR = "root"
ROOT_KEY_FILE = "root-key.pem"
ROOT_CERT_FILE = "root-cert.pem"
ROOT_VALIDITY = timedelta(days=25 * 365)
SIGNING_CERT_VALIDITY = timedelta(days=365)
# A key set whose signing certificate has less than this left is replaced before it signs again.
SIGNING_CERT_RENEW_BEFORE = timedelta(days=30)
LEGACY_CERT_VALIDITY = timedelta(days=3650)
CRL_VALIDITY = timedelta(days=7)
CRL_REFRESH = timedelta(days=1)
_BACKDATE = timedelta(minutes=5)  # tolerate clocks a little behind ours


@dataclass(frozen=True)
class Root:
    private_key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    cert_path: Path

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)


def root_url(suffix: str) -> str:
    """Where the root certificate (".pem", ".cer") and its CRL (".crl") are published (credential_urls.py)."""
    return f"{settings.SITE_URL}/credentials/issuer/root{suffix}"


def _name(common_name: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )


def _key_usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


@lru_cache(maxsize=64)
def certificate_at(path: str) -> x509.Certificate:
    """A key set's certificate file, parsed once: key sets never change after they are written."""
    return x509.load_pem_x509_certificate(Path(path).read_bytes())


def is_self_signed(certificate: x509.Certificate) -> bool:
    return certificate.issuer == certificate.subject


# --- the root ------------------------------------------------------------------------------------------------------


def root_create(directory: Path, issuer_name: str) -> None:
    """Write the root CA into `directory`/root unless it is there. The caller holds the key directory's lock."""
    target = directory / ROOT_DIR
    if (target / ROOT_CERT_FILE).is_file():
        return
    now = datetime.now(UTC)
    private_key = ec.generate_private_key(ec.SECP384R1())
    name = _name(f"{issuer_name} Root CA", issuer_name)
    public_key = private_key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _BACKDATE)
        .not_valid_after(now + ROOT_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(sign=False, ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .sign(private_key, hashes.SHA384())
    )
    staging = Path(tempfile.mkdtemp(prefix=".root-", dir=directory))
    try:
        pem = serialization.Encoding.PEM
        key_bytes = private_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        for filename, data in ((ROOT_KEY_FILE, key_bytes), (ROOT_CERT_FILE, certificate.public_bytes(pem))):
            fd = os.open(staging / filename, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        os.chmod(staging, 0o700)
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


_root_cache: dict[tuple[str, int, int], Root] = {}


def root_load(directory: Path) -> Root | None:
    """The root CA in `directory`, or None before it was created. Cached: the root never changes once written."""
    path = directory / ROOT_DIR
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    cache_key = (str(path), stat.st_ino, stat.st_ctime_ns)  # a restored backup is a new root
    if cache_key not in _root_cache:
        cert_path = path / ROOT_CERT_FILE
        private_key = serialization.load_pem_private_key((path / ROOT_KEY_FILE).read_bytes(), password=None)
        if not isinstance(private_key, ec.EllipticCurvePrivateKey):
            raise ValueError(f"{path / ROOT_KEY_FILE} is not an EC key")
        certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
        _root_cache[cache_key] = Root(private_key=private_key, certificate=certificate, cert_path=cert_path)
    return _root_cache[cache_key]


# --- signing certificates ------------------------------------------------------------------------------------------


def signing_certificate_issue(
    *, root: Root, private_key: ec.EllipticCurvePrivateKey, created_at: datetime, issuer_name: str
) -> x509.Certificate:
    """The certificate of one key set's PDF key, issued by the root, valid a year (never beyond the root)."""
    public_key = private_key.public_key()
    not_after = min(created_at + SIGNING_CERT_VALIDITY, root.certificate.not_valid_after_utc)
    root_ski = root.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    return (
        x509.CertificateBuilder()
        .subject_name(_name(issuer_name, issuer_name))
        .issuer_name(root.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(created_at - _BACKDATE)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign=True, ca=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski), critical=False)
        .add_extension(
            x509.CRLDistributionPoints(
                [x509.DistributionPoint([x509.UniformResourceIdentifier(root_url(".crl"))], None, None, None)]
            ),
            critical=False,
        )
        .add_extension(
            x509.AuthorityInformationAccess(
                [
                    x509.AccessDescription(
                        x509.oid.AuthorityInformationAccessOID.CA_ISSUERS,
                        x509.UniformResourceIdentifier(root_url(".cer")),
                    )
                ]
            ),
            critical=False,
        )
        .sign(root.private_key, hashes.SHA384())
    )


def legacy_self_signed_certificate(
    private_key: ec.EllipticCurvePrivateKey, created_at: datetime, issuer_name: str
) -> x509.Certificate:
    """What key sets carried before the root existed (kept so tests can make one, and to document the format)."""
    name = _name(issuer_name, issuer_name)
    public_key = private_key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(created_at - _BACKDATE)
        .not_valid_after(created_at + LEGACY_CERT_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .sign(private_key, hashes.SHA256())
    )


def signing_certificate_needs_renewal(certificate: x509.Certificate, *, now: datetime | None = None) -> bool:
    """A legacy self-signed certificate, or one about to expire, should sign nothing new."""
    now = now or datetime.now(UTC)
    return is_self_signed(certificate) or certificate.not_valid_after_utc - now < SIGNING_CERT_RENEW_BEFORE


# --- the CRL -------------------------------------------------------------------------------------------------------

_crl_lock = threading.Lock()
_crl_cache: dict[bytes, tuple[datetime, bytes]] = {}


def root_crl(root: Root, *, now: datetime | None = None) -> bytes:
    """The root's CRL (DER), re-signed daily and valid a week. No signing certificate has been revoked: a retired key
    set is not compromised, and what it signed stays valid (its certificates are listed here if that ever changes)."""
    now = now or datetime.now(UTC)
    cache_key = root.certificate.fingerprint(hashes.SHA256())
    with _crl_lock:
        cached = _crl_cache.get(cache_key)
        if cached is not None and now - cached[0] < CRL_REFRESH:
            return cached[1]
        root_ski = root.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        crl = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(root.certificate.subject)
            .last_update(now - _BACKDATE)
            .next_update(now + CRL_VALIDITY)
            .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski), critical=False)
            .sign(root.private_key, hashes.SHA384())
        )
        der = crl.public_bytes(serialization.Encoding.DER)
        _crl_cache[cache_key] = (now, der)
        return der
