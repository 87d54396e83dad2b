"""PAdES B-LTA: the revocation data of the time-stamping authority, for the document timestamp (ADR 0112).

A signature timestamp proves when the PDF was signed for as long as the TSA's certificate can be checked. B-LT put
the TSA's certificates in the document security store; B-LTA adds the TSA's CRL, then a document timestamp over
the whole file, DSS included, so a validator years later holds everything it needs and can renew the archive with
another document timestamp before this one's TSA certificate expires.

The CRLs are fetched from the distribution points named by the TSA certificates that stamped the signature (as a
public TSA's certificate names them), kept per process until the CRL's next update (a day at most), and refused
unless they parse. A TSA certificate naming no distribution point (OCSP only) contributes none.
"""

import io
import threading
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta

MAX_CRL_BYTES = 5 * 1024 * 1024
CRL_KEEP = timedelta(days=1)

_lock = threading.Lock()
_crls: dict[str, tuple[datetime, bytes]] = {}


class TsaRevocationUnavailable(OSError):
    """The TSA's CRL could not be fetched or read: the PDF is not signed now (issuing is retried, ADR 0100)."""


def _tsa_certificates(signed: bytes) -> list:
    from pyhanko.pdf_utils.reader import PdfFileReader

    signer_info = PdfFileReader(io.BytesIO(signed)).embedded_signatures[-1].signer_info
    found = []
    for attribute in signer_info["unsigned_attrs"] or []:
        if attribute["type"].native != "signature_time_stamp_token":
            continue
        for token in attribute["values"]:
            certificates = token["content"]["certificates"] or []
            found += [choice.chosen for choice in certificates if choice.name == "certificate"]
    return found


def _fetch(url: str, *, timeout: float) -> bytes:
    from asn1crypto import crl as asn1_crl

    now = datetime.now(UTC)
    with _lock:
        cached = _crls.get(url)
    if cached is not None and cached[0] > now:
        return cached[1]
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - http(s) only, checked by caller
            data = response.read(MAX_CRL_BYTES + 1)
        if len(data) > MAX_CRL_BYTES:
            raise ValueError("larger than 5 MB")
        crl = asn1_crl.CertificateList.load(data)
        next_update = crl["tbs_cert_list"]["next_update"].native
    except (urllib.error.URLError, OSError, ValueError, TypeError) as exc:
        raise TsaRevocationUnavailable(f"the TSA's CRL at {url} could not be used: {exc}") from exc
    keep_until = min(next_update, now + CRL_KEEP) if next_update else now + CRL_KEEP
    with _lock:
        _crls[url] = (keep_until, data)
    return data


def tsa_crls(signed: bytes, *, timeout: float) -> list[bytes]:
    """The CRLs (DER) of the TSA certificates that stamped the signature of `signed`, our own PDF just signed."""
    found = []
    for certificate in _tsa_certificates(signed):
        if certificate.self_signed != "no":
            continue  # a root is trusted as such, nothing revokes it
        for point in certificate.crl_distribution_points:
            url = point.url
            if url and url.startswith(("http://", "https://")):
                found.append(_fetch(url, timeout=timeout))
                break
    return found
