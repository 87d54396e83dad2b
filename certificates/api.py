"""GET /api/v1/certificates/<code>: the status and snapshot of a certificate, for machines."""

from datetime import datetime

from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from .ratelimits import lookup_limited
from .selectors import certificate_current, certificate_lookup

router = Router(tags=["certificates"])


class CertificateOut(Schema):
    code: str
    status: str
    issued_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    revoke_reason: str | None
    superseded_by: str | None
    verify_url: str
    pdf_url: str
    credential_url: str
    snapshot: dict


class ErrorOut(Schema):
    error: str
    detail: str


# The same answer with a trailing slash: otherwise a valid code would fall through to the site's HTML 404 page.
@router.get(
    "/{code}/",
    response={200: CertificateOut, 400: ErrorOut, 404: ErrorOut, 429: ErrorOut},
    include_in_schema=False,
)
@router.get(
    "/{code}",
    response={200: CertificateOut, 400: ErrorOut, 404: ErrorOut, 429: ErrorOut},
    summary="Status and content of a certificate",
)
def certificate_get(request, code: str):
    if lookup_limited(request):
        return Status(429, {"error": "rate_limited", "detail": _("Too many requests: wait a minute and try again.")})
    lookup = certificate_lookup(raw=code)
    if lookup.error:
        return Status(400, {"error": "malformed_code", "detail": lookup.error})
    cert = lookup.certificate
    if cert is None:
        return Status(404, {"error": "not_found", "detail": _("No certificate was issued with this code.")})
    base = cert.verify_url.removesuffix(cert.get_absolute_url())
    return Status(
        200,
        {
            "code": cert.code,
            "status": cert.status.upper(),
            "issued_at": cert.issued_at,
            "expires_at": cert.expires_at,
            "revoked_at": cert.revoked_at,
            "revoke_reason": cert.revoke_reason or None,
            "superseded_by": certificate_current(certificate=cert).code if cert.superseded_by_id else None,
            "verify_url": cert.verify_url,
            "pdf_url": base + cert.pdf_url,
            "credential_url": base + cert.credential_url,
            "snapshot": cert.snapshot,
        },
    )
