"""verify_certificate's sentences for an endorsement credential (ADR 0206): same checks as a certificate's (proof,
our issuer, the saved status list), told as what a person holding an endorsement wants to know."""

from django.utils.translation import gettext as _


def is_endorsement(credential: dict) -> bool:
    types = credential.get("type")
    return isinstance(types, list) and "EndorsementCredential" in types


def endorsement_describe(credential: dict) -> dict:
    subject = credential.get("credentialSubject") if isinstance(credential.get("credentialSubject"), dict) else {}
    return {
        # "<endorser> endorses certificate <code>", as we sign it
        "name": str(credential.get("name", "?")),
        "code": str(subject.get("id", "")).rsplit("/", 1)[-1].removesuffix(".json") or "?",
        "issued": str(credential.get("validFrom", "?"))[:10],
    }


def endorsement_sentences() -> dict[str, str]:
    return {
        "no_status": _("INVALID: the endorsement “%(name)s” has no revocation status."),
        "no_list": _(
            "UNKNOWN: the signature of the endorsement “%(name)s” is valid, but no status list is saved; run again "
            "with --refresh."
        ),
        "bad_list": _(
            "UNKNOWN: the signature of the endorsement “%(name)s” is valid, but the saved status list cannot be used "
            "(%(reason)s)."
        ),
        "revoked": _(
            "REVOKED: the endorsement “%(name)s”, issued %(issued)s, was withdrawn (status list fetched %(fetched)s)."
        ),
        "expired": _("EXPIRED: the endorsement “%(name)s” expired on %(date)s."),
        "valid": _(
            "VALID: “%(name)s”, issued %(issued)s; signed by the issuer and not withdrawn as of the status list "
            "fetched %(fetched)s. Check the certificate %(code)s itself too."
        ),
    }
