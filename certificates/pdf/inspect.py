"""Reading a certificate PDF back: is the PAdES signature ours and intact, and what credential is inside.

Uploads are hostile until proven ours. Every stream pyHanko decodes while checking the signature is capped
(DecodeLimits), and the attached credential is read only once the signature is intact and chains to our root (or a
legacy certificate of ours), then unpacked in bounded chunks: a small PDF cannot make the server inflate hundreds of
megabytes (ADR 0112).
"""

import asyncio
import io
import logging
import zlib
from dataclasses import dataclass, field
from datetime import datetime

from .document import CREDENTIAL_FILENAME
from .sync import run_sync

logger = logging.getLogger(__name__)

# Our credentials are a few kB; anything far larger is not one of ours.
MAX_CREDENTIAL_BYTES = 256 * 1024
# Checking a signature decodes little (cross-reference and object streams, DSS certificates and CRLs); a stream or
# a document needing more than this is refused before it is inflated further.
_STREAM_LIMIT = 2 * 1024 * 1024
_DOCUMENT_BUDGET = 8 * 1024 * 1024


class CredentialTooLarge(ValueError):
    pass


@dataclass
class PdfCheck:
    signed: bool = False
    intact: bool = False  # no signed byte changed, and nothing follows but a DSS and document timestamps (B-LTA)
    trusted: bool = False  # chains to one of the given trust anchors (our root, legacy certificates of ours)
    timestamp: datetime | None = None  # when a trusted time-stamping authority saw the signature (PAdES B-T)
    credential_json: str | None = None
    credential_too_large: bool = False
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.trusted and self.credential_json is not None


def _limits():
    from pyhanko.pdf_utils.decode_limits import DecodeLimits, DocumentDecodeBudget, StreamDecodeLimits

    return DecodeLimits(
        per_stream=StreamDecodeLimits(max_output_size=_STREAM_LIMIT),
        document_budget=DocumentDecodeBudget(base_allowance=_DOCUMENT_BUDGET, max_ratio=1),
    )


def _reader(data: bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(io.BytesIO(data), strict=False, decode_limits=_limits())


def _resolved(dictionary, key: str) -> list:
    # pyHanko dereferences indirect objects on [] but not on .get(), hence no .get() here.
    if key not in dictionary:
        return []
    return list(dictionary[key])


def _unpack(stream) -> bytes:
    """The stream's bytes, refusing more than MAX_CREDENTIAL_BYTES unpacked: inflated in bounded chunks."""
    filters = stream.get("/Filter")
    names = [str(name) for name in filters] if isinstance(filters, list) else ([str(filters)] if filters else [])
    raw = stream.encoded_data
    if not names:
        if len(raw) > MAX_CREDENTIAL_BYTES:
            raise CredentialTooLarge
        return raw
    if names != ["/FlateDecode"] or "/DecodeParms" in stream:
        raise ValueError(f"unsupported encoding {names}")
    inflater = zlib.decompressobj()
    out = inflater.decompress(raw, MAX_CREDENTIAL_BYTES + 1)
    if len(out) > MAX_CREDENTIAL_BYTES:
        raise CredentialTooLarge
    return out


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
            return _unpack(spec["/EF"]["/F"])
    return None


def pdf_embedded_credential(data: bytes) -> str | None:
    """The attached credential of a PDF we made ourselves (no signature check: never call it on an upload)."""
    try:
        raw = _embedded(_reader(data), CREDENTIAL_FILENAME)
        return raw.decode("utf-8") if raw is not None else None
    except Exception:  # noqa: BLE001 - any malformed file is simply "not ours"
        return None


def _certificates(pems: list[str]) -> list:
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509

    certificates = []
    for text in pems:
        for _type, _headers, der in asn1_pem.unarmor(text.encode(), multiple=True):
            certificates.append(asn1_x509.Certificate.load(der))
    return certificates


async def _validate(signature, *, roots: list, tsa_roots: list, crls: list):
    """Validate the signature; when a trusted TSA timestamped it, the signer's chain is judged at that time, so a
    signing certificate that expired (or a key set retired) since keeps its PDFs valid."""
    from asn1crypto import crl as asn1_crl
    from pyhanko.sign.validation import async_validate_pdf_signature
    from pyhanko.sign.validation.generic_cms import collect_timing_info
    from pyhanko_certvalidator import ValidationContext

    revocation = [asn1_crl.CertificateList.load(der) for der in crls]
    ts_context = ValidationContext(trust_roots=tsa_roots, allow_fetching=False) if tsa_roots else None
    moment = None
    if ts_context is not None:
        timing = await collect_timing_info(signature.signer_info, ts_context, raw_digest=signature.compute_digest)
        stamp = timing.get("timestamp_validity")
        if stamp is not None and stamp.intact and stamp.valid and stamp.trusted:
            moment = stamp.timestamp
        ts_context = ValidationContext(trust_roots=tsa_roots, allow_fetching=False)  # a context is used once
    context = ValidationContext(
        trust_roots=roots, crls=revocation, allow_fetching=False, moment=moment, retroactive_revinfo=True
    )
    return await async_validate_pdf_signature(signature, context, ts_context or context)


def pdf_check(
    data: bytes,
    *,
    trusted_certs_pem: list[str],
    tsa_certs_pem: list[str] | None = None,
    crls_der: list[bytes] | None = None,
) -> PdfCheck:
    """Check a PDF against our trust anchors (root, legacy certificates), the TSA's roots and our CRL. Never raises on
    bad input; reads the attachment only from a PDF whose signature is intact and ours."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    result = PdfCheck()
    try:
        reader = _reader(data)
        # Document timestamps (B-LTA) are not the issuer's signature: the last signature proper is.
        signatures = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
    except Exception:  # noqa: BLE001
        result.errors.append("not a readable PDF")
        return result
    if not signatures:
        result.errors.append("the PDF is not signed")
        return result
    result.signed = True
    try:
        roots, tsa_roots = _certificates(trusted_certs_pem), _certificates(tsa_certs_pem or [])
        status = run_sync(
            lambda: asyncio.run(_validate(signatures[-1], roots=roots, tsa_roots=tsa_roots, crls=crls_der or []))
        )
        # The whole file, or (B-LTA) its revision followed only by validation data and document timestamps, as
        # pyHanko's difference analysis tells: a later revision changing anything else (the attachment) fails.
        archived = (
            status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and status.modification_level is not None
            and status.modification_level <= ModificationLevel.LTA_UPDATES
        )
        covered = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or archived
        result.intact = bool(status.intact and status.valid) and covered
        result.trusted = bool(status.trusted)
        stamp = status.timestamp_validity
        if stamp is not None and stamp.intact and stamp.valid and stamp.trusted:
            result.timestamp = stamp.timestamp
    except Exception as exc:  # noqa: BLE001 - a malformed, forged or bomb-laden signature is "not ours", never a 500
        logger.info("PDF signature check failed: %s", exc)
        result.errors.append("the signature cannot be validated")
        return result
    if not result.intact:
        result.errors.append("the PDF was changed after it was signed")
    if not result.trusted:
        result.errors.append("the PDF was not signed by this issuer")
    if not (result.intact and result.trusted):
        return result  # an attachment we did not sign is never unpacked
    try:
        raw = _embedded(reader, CREDENTIAL_FILENAME)
        result.credential_json = raw.decode("utf-8") if raw is not None else None
    except CredentialTooLarge:
        result.credential_too_large = True
        result.errors.append(f"the attached credential is larger than {MAX_CREDENTIAL_BYTES // 1024} kB")
        return result
    except Exception:  # noqa: BLE001
        result.credential_json = None
    if result.credential_json is None:
        result.errors.append("no credential is attached")
    return result
