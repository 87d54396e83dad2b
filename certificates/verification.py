"""Checking a certificate someone holds: a PDF upload or a credential JSON, against what we published."""

import hmac
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from common.strict_json import json_loads_limited

from .credentials import credential_verify
from .keys import keys_all
from .models import Certificate
from .pdf import pdf_check
from .selectors import certificate_lookup
from .uploads import MAX_CREDENTIAL_BYTES


@dataclass
class UploadVerdict:
    untampered: bool = False
    certificate: Certificate | None = None
    reasons: list[str] = field(default_factory=list)


def code_from_credential(credential: dict) -> str | None:
    """Our credential ids are SITE_URL/credentials/<code>.json."""
    ident = credential.get("id") if isinstance(credential, dict) else None
    if not isinstance(ident, str) or not ident.endswith(".json") or "/credentials/" not in ident:
        return None
    return ident.rsplit("/", 1)[-1].removesuffix(".json")


def pdf_verify_upload(*, data: bytes) -> UploadVerdict:
    """Is this PDF an untampered certificate of ours, and which one? Its status is the certificate's."""
    verdict = UploadVerdict()
    check = pdf_check(data, trusted_certs_pem=[key.pdf_cert_pem for key in keys_all()])
    if not check.signed:
        verdict.reasons.append(_("The file is not a signed PDF."))
    elif not check.intact:
        verdict.reasons.append(_("The file was changed after it was signed."))
    elif not check.trusted:
        verdict.reasons.append(_("The file was not signed by this issuer."))
    credential = None
    if check.credential_json:
        try:
            credential = json_loads_limited(check.credential_json, max_bytes=MAX_CREDENTIAL_BYTES)
        except ValueError:
            credential = None
    if credential is None:
        verdict.reasons.append(_("The file carries no readable credential."))
        return verdict
    result = credential_verify(credential=credential)
    if not (result.ok and result.key_is_ours):
        verdict.reasons.append(_("The attached credential does not verify."))
    lookup = certificate_lookup(raw=code_from_credential(credential) or "")
    verdict.certificate = lookup.certificate
    if lookup.certificate is None:
        verdict.reasons.append(_("No certificate with this code was issued here."))
    elif not hmac.compare_digest(lookup.certificate.credential_json.encode(), check.credential_json.encode()):
        verdict.reasons.append(_("The attached credential differs from the one issued."))
    verdict.untampered = check.ok and result.ok and result.key_is_ours and not verdict.reasons
    return verdict
