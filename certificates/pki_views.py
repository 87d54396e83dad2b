"""The root CA of our PDF signatures, published for PDF readers to trust, and its CRL (ADR 0112); the roots of the
time-stamping authorities we use, for offline verifiers to trust a PDF's timestamp (ADR 0133)."""

from pathlib import Path

from asn1crypto import pem as asn1_pem
from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from .keys import root_ensure
from .pki import root_crl

_MAX_AGE = "public, max-age=3600"


def _response(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = _MAX_AGE
    return response


@require_safe
def root_pem(request) -> HttpResponse:
    return _response(root_ensure().pem, "application/x-pem-file", "issuer-root.pem")


@require_safe
def root_der(request) -> HttpResponse:
    return _response(root_ensure().der, "application/pkix-cert", "issuer-root.cer")


@require_safe
def root_revocation_list(request) -> HttpResponse:
    return _response(root_crl(root_ensure()), "application/pkix-crl", "issuer-root.crl")


@require_safe
def tsa_roots_pem(request) -> HttpResponse:
    """The certificates of TSA_CA_FILE (only those, re-armoured), 404 when PDFs are not timestamped."""
    if not settings.TSA_CA_FILE:
        raise Http404("No time-stamping authority is used.")
    data = Path(settings.TSA_CA_FILE).read_bytes()
    pems = [
        asn1_pem.armor("CERTIFICATE", der)
        for kind, _headers, der in asn1_pem.unarmor(data, multiple=True)
        if kind == "CERTIFICATE"
    ]
    return _response(b"".join(pems), "application/x-pem-file", "issuer-tsa-roots.pem")
