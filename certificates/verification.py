"""Checking a certificate someone holds: a PDF upload or a credential JSON, against what we published."""

import hmac
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from common.strict_json import JsonLimitError, json_loads_limited

from . import pki
from .credentials import credential_verify
from .keys import pdf_trust_anchors_pem
from .models import Certificate
from .pdf import pdf_check
from .pdf.inspect import MAX_CREDENTIAL_BYTES
from .selectors import certificate_lookup


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


def pdf_trust() -> dict:
    """What a PDF of ours chains to (root, legacy certificates), the TSA roots to trust, and our current CRL."""
    tsa_pem = Path(settings.TSA_CA_FILE).read_text() if settings.TSA_CA_FILE else None
    root = pki.root_load(Path(settings.CERTIFICATE_KEY_DIR))
    return {
        "trusted_certs_pem": pdf_trust_anchors_pem(),
        "tsa_certs_pem": [tsa_pem] if tsa_pem else [],
        "crls_der": [pki.root_crl(root)] if root is not None else [],
    }


def pdf_verify_upload(*, data: bytes) -> UploadVerdict:
    """Is this PDF an untampered certificate of ours, and which one? Its status is the certificate's."""
    verdict = UploadVerdict()
    check = pdf_check(data, **pdf_trust())
    if not check.signed:
        verdict.reasons.append(_("The file is not a signed PDF."))
    elif not check.intact:
        verdict.reasons.append(_("The file was changed after it was signed."))
    elif not check.trusted:
        verdict.reasons.append(_("The file was not signed by this issuer."))
    if not (check.signed and check.intact and check.trusted):
        return verdict  # its attachment is not read: nothing in a file we did not sign is worth unpacking
    if check.credential_too_large:
        verdict.reasons.append(
            _("The attached credential is larger than %(size)s kB, so it is not one of ours.")
            % {"size": MAX_CREDENTIAL_BYTES // 1024}
        )
        return verdict
    credential = None
    if check.credential_json:
        try:
            credential = json_loads_limited(check.credential_json, max_bytes=MAX_CREDENTIAL_BYTES)
        except JsonLimitError as exc:
            # Too deep, a key twice...: we never sign such a thing, and the reason helps whoever made the file.
            verdict.reasons.append(
                _("The credential attached to this PDF cannot be read: %(reason)s") % {"reason": exc}
            )
            return verdict
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
