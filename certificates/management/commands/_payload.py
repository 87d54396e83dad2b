"""verify_certificate's check of a QR payload, apart so the command module stays readable."""

from collections.abc import Callable
from datetime import UTC, datetime

from django.utils.translation import gettext as _

from certificates.credentials import StatusListError, credential_verify, status_list_is_set
from certificates.models import STATUS_LIST_SIZE
from certificates.payload import PayloadForged, PayloadUnreadable, certificate_payload_verify, payload_from_text


def payload_check(
    *,
    text: str,
    public_keys: list,
    status_for: Callable[[int], tuple[dict, float] | None],
    multikeys: list[str],
    did_documents: list[dict] = (),
) -> tuple[str, str]:
    """(verdict, sentence): VALID, FORGED, UNREADABLE, REVOKED, EXPIRED or UNKNOWN (no list saved)."""
    try:
        claims = certificate_payload_verify(data=payload_from_text(text), public_keys=public_keys)
    except PayloadUnreadable:
        return "UNREADABLE", _("this is not a certificate's QR payload, or it is incomplete; copy the whole link.")
    except PayloadForged:
        return "FORGED", _("the signature does not match: this payload was changed, or not signed by this issuer.")
    about = {
        "code": claims.code,
        "name": claims.holder_name,
        "level": claims.level_code,
        "issued": f"{claims.issued_at:%Y-%m-%d}",
    }
    if claims.issued_by_hand:
        # The name stays as signed; how it was earned is said once, after it (claim 10, ADR 0113).
        about["name"] = _("%(name)s (issued by hand, approved by a certification officer)") % {
            "name": claims.holder_name
        }
    cached = status_for(claims.status_index)
    if cached is None:
        return "UNKNOWN", _(
            "the signature of certificate %(code)s of %(name)s is valid, but no status list is saved; run again "
            "with --refresh."
        ) % about
    status_credential, fetched_at = cached
    check = credential_verify(credential=status_credential, published_keys=multikeys, did_documents=did_documents)
    subject = status_credential.get("credentialSubject") if isinstance(status_credential, dict) else None
    subject = subject if isinstance(subject, dict) else {}
    if not check.ok or subject.get("statusPurpose") != "revocation":
        return "UNKNOWN", _(
            "the saved status list for certificate %(code)s does not verify; run again with --refresh."
        ) % about
    try:
        revoked = status_list_is_set(
            encoded=str(subject.get("encodedList", "")), index=claims.status_index % STATUS_LIST_SIZE
        )
    except StatusListError:
        return "UNKNOWN", _(
            "the saved status list for certificate %(code)s is damaged; run again with --refresh."
        ) % about
    about["fetched"] = datetime.fromtimestamp(fetched_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
    if revoked:
        return "REVOKED", _(
            "certificate %(code)s of %(name)s, level %(level)s, issued %(issued)s, is revoked (status list fetched "
            "%(fetched)s)."
        ) % about
    if claims.expired():
        return "EXPIRED", _("certificate %(code)s of %(name)s, level %(level)s, expired on %(date)s.") % {
            **about,
            "date": f"{claims.expires_at:%Y-%m-%d}",
        }
    return "VALID", _(
        "certificate %(code)s of %(name)s, level %(level)s, issued %(issued)s; signed by the issuer and not revoked "
        "as of the status list fetched %(fetched)s."
    ) % about
