"""The root CA of our PDF signatures, published for PDF readers to trust, and its CRL (ADR 0112)."""

from django.http import HttpResponse
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
