"""Reading a certificate PDF back: is the PAdES signature ours and intact, and what credential is inside."""

import io
import logging
from dataclasses import dataclass, field

from .document import CREDENTIAL_FILENAME
from .sync import run_sync

logger = logging.getLogger(__name__)


@dataclass
class PdfCheck:
    signed: bool = False
    intact: bool = False  # the signature covers the whole file and no byte changed
    trusted: bool = False  # signed by one of the given (published) certificates
    credential_json: str | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.trusted and self.credential_json is not None


def _resolved(dictionary, key: str) -> list:
    # pyHanko dereferences indirect objects on [] but not on .get(), hence no .get() here.
    if key not in dictionary:
        return []
    return list(dictionary[key])


def _embedded(reader, name: str) -> bytes | None:
    if "/Names" not in reader.root:
        return None
    names = reader.root["/Names"]
    if "/EmbeddedFiles" not in names:
        return None
    tree = names["/EmbeddedFiles"]
    entries = list(_resolved(tree, "/Names"))
    for kid in _resolved(tree, "/Kids"):
        entries.extend(_resolved(kid.get_object(), "/Names"))
    for i in range(0, len(entries) - 1, 2):
        if str(entries[i]) == name:
            spec = entries[i + 1].get_object()
            return spec["/EF"]["/F"].data
    return None


def pdf_embedded_credential(data: bytes) -> str | None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        raw = _embedded(PdfFileReader(io.BytesIO(data), strict=False), CREDENTIAL_FILENAME)
        return raw.decode("utf-8") if raw is not None else None
    except Exception:  # noqa: BLE001 - any malformed upload is simply "not ours"
        return None


def pdf_check(data: bytes, *, trusted_certs_pem: list[str]) -> PdfCheck:
    """Check a PDF against the certificates we publish. Never raises on bad input."""
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    result = PdfCheck()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # noqa: BLE001
        result.errors.append("not a readable PDF")
        return result
    if not signatures:
        result.errors.append("the PDF is not signed")
        return result
    result.signed = True
    roots = []
    for text in trusted_certs_pem:
        _type, _headers, der = asn1_pem.unarmor(text.encode())
        roots.append(asn1_x509.Certificate.load(der))
    try:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        status = run_sync(lambda: validate_pdf_signature(signatures[-1], context))
        result.intact = bool(status.intact and status.valid) and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        result.trusted = bool(status.trusted)
        if not result.intact:
            result.errors.append("the PDF was changed after it was signed")
        if not result.trusted:
            result.errors.append("the PDF was not signed by this issuer")
    except Exception as exc:  # noqa: BLE001 - a malformed or forged signature is "not ours", never a 500
        logger.info("PDF signature check failed: %s", exc)
        result.errors.append("the signature cannot be validated")
        return result
    try:
        raw = _embedded(reader, CREDENTIAL_FILENAME)
        result.credential_json = raw.decode("utf-8") if raw is not None else None
    except Exception:  # noqa: BLE001
        result.credential_json = None
    if result.credential_json is None:
        result.errors.append("no credential is attached")
    return result
