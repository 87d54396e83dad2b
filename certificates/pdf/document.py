"""From drawn page to finished certificate: attach the credential, name the code in XMP, sign (PAdES)."""

import io
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


@lru_cache(maxsize=8)
def _signer(key_path: str, cert_path: str) -> signers.SimpleSigner:
    return signers.SimpleSigner.load(key_path, cert_path)


def certificate_pdf_sign(*, pdf: bytes, key=None) -> bytes:
    """Sign with the issuer's current PDF key; any later change to a byte breaks the signature."""
    from certificates.keys import key_current

    key = key or key_current()
    signer = _signer(str(key.pdf_key_pem_path), str(key.pdf_cert_pem_path))
    writer = _Writer(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(
        field_name="IssuerSignature",
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="Certificate issued",
    )
    out = io.BytesIO()
    run_sync(
        lambda: signers.sign_pdf(
            writer,
            meta,
            signer=signer,
            output=out,
            new_field_spec=fields.SigFieldSpec(sig_field_name="IssuerSignature"),
        )
    )
    return out.getvalue()
