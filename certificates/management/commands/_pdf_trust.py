"""What verify_certificate trusts a PDF signature against, saved beside the keys and status lists (ADR 0133).

The anchor is the issuer's long-lived root (`root.pem`), never a key set's signing certificate: those live a year,
so a PDF signed years ago verifies only by chaining to the root at the time its RFC 3161 timestamp proves. The
timestamp counts only when it chains to a root of a time-stamping authority the issuer names (`tsa.pem`); the
root's CRL (`root.crl`) is the revocation data. Key sets made before the root existed carry a self-signed
certificate, listed in keys.json: those stay anchors, as on the site (`pdf_trust_anchors_pem`).
"""

import urllib.error
from collections.abc import Callable
from pathlib import Path

from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from django.core.management.base import CommandError
from django.utils.translation import gettext as _

ROOT_FILE = "root.pem"
CRL_FILE = "root.crl"
TSA_FILE = "tsa.pem"


def _root_checked(data: bytes) -> x509.Certificate:
    root = x509.load_pem_x509_certificate(data)
    constraints = root.extensions.get_extension_for_class(x509.BasicConstraints).value
    if root.issuer != root.subject or not constraints.ca:
        raise ValueError("not a self-signed CA certificate")
    root.verify_directly_issued_by(root)
    return root


def _tsa_checked(data: bytes) -> None:
    certificates = [der for _type, _headers, der in asn1_pem.unarmor(data, multiple=True)]
    if not certificates:
        raise ValueError("no certificate")
    for der in certificates:
        asn1_x509.Certificate.load(der).native  # noqa: B018 - parses every field, so a damaged file is refused now


def pdf_trust_refresh(
    *, site: str, directory: Path, download: Callable[..., bytes | None], save: Callable[[Path, bytes], None]
) -> None:
    """Fetch the root, its CRL and the TSA roots the issuer names; each is checked before it replaces the saved one.
    `download(url, missing_ok=False)` returns the body, or None for a 404 when `missing_ok`."""
    base = f"{site}/credentials/issuer"
    root_data = download(f"{base}/root.pem")
    try:
        root = _root_checked(root_data)
    except ValueError as error:
        raise CommandError(
            _("UNKNOWN: %(url)s is not the issuer's root certificate (%(reason)s).")
            % {"url": f"{base}/root.pem", "reason": error}
        ) from error
    crl_data = download(f"{base}/root.crl")
    try:
        crl = x509.load_der_x509_crl(crl_data)
        if not crl.is_signature_valid(root.public_key()):
            raise ValueError("not signed by the root")
    except ValueError as error:
        raise CommandError(
            _("UNKNOWN: %(url)s is not the root's revocation list (%(reason)s).")
            % {"url": f"{base}/root.crl", "reason": error}
        ) from error
    tsa_data = download(f"{base}/tsa.pem", missing_ok=True)
    if tsa_data is not None:
        try:
            _tsa_checked(tsa_data)
        except ValueError as error:
            raise CommandError(
                _("UNKNOWN: %(url)s does not hold certificates (%(reason)s).")
                % {"url": f"{base}/tsa.pem", "reason": error}
            ) from error
    save(directory / ROOT_FILE, root_data)
    save(directory / CRL_FILE, crl_data)
    if tsa_data is None:
        (directory / TSA_FILE).unlink(missing_ok=True)  # the issuer names no TSA (any more)
    else:
        save(directory / TSA_FILE, tsa_data)


def _self_signed(pem: str) -> bool:
    try:
        certificate = x509.load_pem_x509_certificate(pem.encode())
    except ValueError:
        return False
    return certificate.issuer == certificate.subject


def pdf_trust_cached(*, directory: Path, keys: list[dict]) -> dict | None:
    """pdf_check's keyword arguments from what is saved, or None when nothing to trust was fetched yet."""
    anchors = []
    root_path = directory / ROOT_FILE
    if root_path.is_file():
        data = root_path.read_bytes()
        try:
            _root_checked(data)
            anchors.append(data.decode("ascii"))
        except ValueError:  # a damaged file trusts nothing; --refresh replaces it
            pass
    anchors += [
        k["pdfSigningCertificatePem"]
        for k in keys
        if isinstance(k.get("pdfSigningCertificatePem"), str) and _self_signed(k["pdfSigningCertificatePem"])
    ]
    if not anchors:
        return None
    tsa_path, crl_path = directory / TSA_FILE, directory / CRL_FILE
    return {
        "trusted_certs_pem": anchors,
        "tsa_certs_pem": [tsa_path.read_text("ascii", errors="replace")] if tsa_path.is_file() else [],
        "crls_der": [crl_path.read_bytes()] if crl_path.is_file() else [],
    }


def is_not_found(error: Exception) -> bool:
    return isinstance(error, urllib.error.HTTPError) and error.code == 404
