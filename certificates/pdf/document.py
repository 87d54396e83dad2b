"""From drawn page to finished certificate: attach the credential, name the code in XMP, sign (PAdES)."""

import io
import logging
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.translation import gettext as _
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter

from .draw import page_draw
from .sync import run_sync

CREDENTIAL_FILENAME = "credential.json"
logger = logging.getLogger(__name__)
XMP_NS = "https://ictcft.example/ns/certificate/1.0/"


class _Writer(IncrementalPdfFileWriter):
    """pyHanko would replace our XMP packet (which names the code) with its own; keep ours as written."""

    def _update_meta(self):
        return None


def _xmp(*, code: str, verify_url: str, title: str, language: str) -> bytes:
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:cert="{XMP_NS}">
   <dc:title><rdf:Alt>
    <rdf:li xml:lang="x-default">{escape(title)}</rdf:li><rdf:li xml:lang="{escape(language)}">{escape(title)}</rdf:li>
   </rdf:Alt></dc:title>
   <dc:identifier>{escape(code)}</dc:identifier>
   <dc:format>application/pdf</dc:format>
   <pdf:Keywords>{escape(code)}</pdf:Keywords>
   <cert:verificationCode>{escape(code)}</cert:verificationCode>
   <cert:verificationURL>{escape(verify_url)}</cert:verificationURL>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def certificate_pdf_render(
    *,
    snapshot: dict,
    code: str,
    verify_url: str,
    credential_json: str,
    signature_image: Path | str | bytes | None = None,
    language: str | None = None,
    qr_content: str | None = None,
) -> bytes:
    """The unsigned certificate: page, attached credential (byte for byte as served) and XMP metadata.

    `language`: the certificate's (default: the snapshot's); `qr_content`: the verify link with its offline payload.
    """
    language = language or snapshot.get("language") or "en"
    with translation.override(language):
        # The XMP title and the attachment's description speak the certificate's language, like its page.
        title = _("Certificate %(code)s") % {"code": code}
        description = _("Open Badges 3.0 credential")
    return page_draw(
        snapshot=snapshot,
        code=code,
        verify_url=verify_url,
        signature_image=signature_image,
        language=language,
        qr_content=qr_content,
        attachment=(CREDENTIAL_FILENAME, credential_json.encode("utf-8"), description),
        xmp=_xmp(code=code, verify_url=verify_url, title=title, language=language),
    )


class TimestampUnavailable(Exception):
    """The configured time-stamping authority did not answer: nothing was signed (issuing is retried, ADR 0112)."""


@lru_cache(maxsize=8)
def _signer(key_path: str, cert_path: str, chain_path: str | None = None) -> signers.SimpleSigner:
    # The root travels in the signature, so a reader that trusts it needs nothing else to build the chain.
    return signers.SimpleSigner.load(key_path, cert_path, ca_chain_files=(chain_path,) if chain_path else None)


@lru_cache(maxsize=4)
def _timestamper(url: str, timeout: float, ca_file: str):
    from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper

    # Kept per process: it remembers the TSA's certificates after its first (dummy) request. `ca_file` is only part
    # of the cache key: another TSA (new roots) must not be matched with certificates remembered from the last one.
    return RequestsHTTPTimeStamper(url, timeout=timeout)


def _tsa_roots() -> list:
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509
    from django.conf import settings

    if not settings.TSA_CA_FILE:
        return []
    data = Path(settings.TSA_CA_FILE).read_bytes()
    return [asn1_x509.Certificate.load(der) for _type, _headers, der in asn1_pem.unarmor(data, multiple=True)]


def _validation_context(root_pem: bytes, crls_der: list[bytes]):
    """What B-LT embeds (DSS): our chain and CRL, and the TSA's chain up to TSA_CA_FILE (with its CRL for B-LTA).
    Nothing is fetched here: our CRL comes from our own root, the TSA's from archive.tsa_crls."""
    from asn1crypto import crl as asn1_crl
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import ValidationContext

    root = asn1_x509.Certificate.load(asn1_pem.unarmor(root_pem)[2])
    return ValidationContext(
        trust_roots=[root, *_tsa_roots()],
        crls=[asn1_crl.CertificateList.load(der) for der in crls_der],
        allow_fetching=False,
    )


_warned_no_tsa = False


class _QuietLocalRevinfo(logging.Filter):
    """pyHanko warns on every signature that validation data is embedded without fetching: deliberate here (our CRL
    is local, the TSA chain comes from TSA_CA_FILE), so the warning is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "fetching is not allowed" not in record.getMessage()


logging.getLogger("pyhanko.sign.signers.pdf_signer").addFilter(_QuietLocalRevinfo())


def certificate_pdf_sign(*, pdf: bytes, key=None) -> bytes:
    """Sign with the issuer's current PDF key; any later change to a byte breaks the signature.

    With settings.TSA_URL the signature gets an RFC 3161 timestamp (PAdES B-T), and with TSA_CA_FILE too the
    validation data in the document's DSS (B-LT), then the TSA's CRL and a document timestamp over it all (B-LTA),
    so it stays provable after the signing certificate expires.
    Raises TimestampUnavailable when the TSA (or its CRL) fails: never a weaker signature than configured."""
    from django.conf import settings
    from pyhanko.sign.signers.pdf_signer import DSSContentSettings, SigDSSPlacementPreference
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    from certificates import pki
    from certificates.keys import key_for_pdf_signing, root_ensure

    key = key or key_for_pdf_signing()
    root = root_ensure()
    cert_is_legacy = pki.is_self_signed(pki.certificate_at(str(key.pdf_cert_pem_path)))
    chain = None if cert_is_legacy else str(root.cert_path)
    signer = _signer(str(key.pdf_key_pem_path), str(key.pdf_cert_pem_path), chain)
    timestamper = None
    if settings.TSA_URL:
        timestamper = _timestamper(settings.TSA_URL, settings.TSA_TIMEOUT, settings.TSA_CA_FILE)
    lt = timestamper is not None and bool(settings.TSA_CA_FILE) and not cert_is_legacy
    if timestamper is None:
        _warn_no_tsa()
    meta = signers.PdfSignatureMetadata(
        field_name="IssuerSignature",
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="Certificate issued",
        embed_validation_info=lt,
        validation_context=_validation_context(root.pem, [pki.root_crl(root)]) if lt else None,
        # In the signature's own revision, so the signature covers its DSS; only B-LTA's archive revision follows.
        dss_settings=DSSContentSettings(placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE, include_vri=False),
    )
    writer = _Writer(io.BytesIO(pdf))
    out = io.BytesIO()
    try:
        run_sync(
            lambda: signers.sign_pdf(
                writer,
                meta,
                signer=signer,
                timestamper=timestamper,
                output=out,
                new_field_spec=fields.SigFieldSpec(sig_field_name="IssuerSignature"),
            )
        )
        return _archived(out.getvalue(), timestamper=timestamper, root=root) if lt else out.getvalue()
    except (TimestampRequestError, OSError) as exc:
        if timestamper is None:
            raise
        logger.error("certificate PDF not signed: the time-stamping authority %s failed: %s", settings.TSA_URL, exc)
        raise TimestampUnavailable(str(exc)) from exc


def _archived(signed: bytes, *, timestamper, root) -> bytes:
    """PAdES B-LTA: the TSA's CRL joins the DSS, then a document timestamp covers the whole file (archive.py)."""
    from django.conf import settings
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper, TimestampDSSContentSettings

    from certificates import pki

    from .archive import tsa_crls

    context = _validation_context(root.pem, [pki.root_crl(root), *tsa_crls(signed, timeout=settings.TSA_TIMEOUT)])
    out = io.BytesIO()
    run_sync(
        lambda: PdfTimeStamper(timestamper, field_name="ArchiveTimestamp").timestamp_pdf(
            _Writer(io.BytesIO(signed)),
            "sha256",
            validation_context=context,
            # In the timestamped revision, so the document timestamp covers the TSA's validation data too.
            dss_settings=TimestampDSSContentSettings(update_before_ts=True, include_vri=False),
            output=out,
        )
    )
    return out.getvalue()


def _warn_no_tsa() -> None:
    global _warned_no_tsa
    if not _warned_no_tsa:
        _warned_no_tsa = True
        logger.warning(
            "TSA_URL is not set: certificate PDFs are signed without a timestamp (PAdES B-B) and can be proven only "
            "while their signing certificate is valid (README, Configuration)."
        )
