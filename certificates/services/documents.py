"""The signed forms of a certificate: the Open Badges credential and the PAdES-signed PDF."""

import json

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from certificates.credentials import credential_build, credential_sign
from certificates.issuer import Issuer
from certificates.models import Certificate
from certificates.pdf import certificate_pdf_render, certificate_pdf_sign
from certificates.pdf.document import TimestampUnavailable

from .offline import certificate_payload_make


def status_list_url(list_id: int) -> str:
    return f"{settings.SITE_URL}/credentials/status/{list_id}.json"


def status_list_cache_key(list_id: int) -> str:
    return f"certificates:status-list:{list_id}"


def documents_make(*, certificate: Certificate, issuer: Issuer) -> None:
    """Sign the credential and the offline payload, draw and sign the PDF, store them on the certificate (not saved
    here)."""
    credential = credential_sign(
        credential=credential_build(
            snapshot=certificate.snapshot,
            code=certificate.code,
            status_list_url=status_list_url(certificate.status_list_id),
            status_index=certificate.status_list_position,
        )
    )
    # Stored as text and embedded byte for byte, so the served and attached copies are identical.
    certificate.credential_json = json.dumps(credential, ensure_ascii=False, indent=2)
    certificate.offline_payload = certificate_payload_make(certificate=certificate)
    pdf = certificate_pdf_render(
        snapshot=certificate.snapshot,
        code=certificate.code,
        verify_url=certificate.verify_url,
        credential_json=certificate.credential_json,
        signature_image=issuer.signature_path,
        language=certificate.language,
        qr_content=certificate.offline_verify_url,
    )
    try:
        signed = certificate_pdf_sign(pdf=pdf)
    except TimestampUnavailable as exc:
        from .issue import CertificateError  # issue.py imports this module

        # Raised inside the issuing transaction: nothing is written, and the sweep issues it later (ADR 0112).
        raise CertificateError(
            _("The time-stamping service did not answer, so the certificate was not issued. Try again later.")
        ) from exc
    certificate.pdf.save(f"{certificate.code_digest[:32]}.pdf", ContentFile(signed), save=False)
