"""Certificates a person holds and endorsements they wrote or received, for the privacy export and erasure
(privacy.registry, ADR 0151, ADR 0208).

No certificate is erased: an issued certificate attests the name it was issued to (its snapshot and signed
credential), and whoever holds a copy must still be able to verify it. The holder may ask for revocation when erasing
their account; a certification officer then asks and another approves, as for any revocation (ADR 0113, ADR 0151).
Endorsements received stay with the certificate, for the same reason. Endorsements written are withdrawn and their
name and words removed: an endorsement is its author's own statement, which nobody stands behind once the author
is gone; copies in the wild then read REVOKED through the status list (ADR 0208).
"""

from .models import Certificate, Endorsement

_ENDORSEMENT_FIELDS = ("public_id", "certificate__code", "endorser_name", "comment", "issued_at", "revoked_at")


def export(*, user) -> dict[str, list[dict]]:
    rows = (
        Certificate.objects.filter(user=user)
        .order_by("issued_at", "pk")
        .values(
            "code",
            "level__code",
            "framework_slug",
            "framework_version",
            "language",
            "issued_at",
            "expires_at",
            "revoked_at",
            "revoke_reason",
            "manual",
            "snapshot",
            "credential_json",
        )
    )
    written = Endorsement.objects.filter(endorser=user).order_by("issued_at", "pk")
    received = Endorsement.objects.filter(certificate__user=user).order_by("issued_at", "pk")
    return {
        "certificates": list(rows),
        "endorsements_written": list(written.values(*_ENDORSEMENT_FIELDS, "credential_json")),
        "endorsements_received": list(received.values(*_ENDORSEMENT_FIELDS)),
    }


def erase(*, user) -> dict[str, int]:
    from .services import endorsement_revoke

    written = list(Endorsement.objects.filter(endorser=user).select_related("certificate"))
    for endorsement in written:
        endorsement_revoke(endorsement=endorsement, reason="The endorser's account was erased.")
    # The slot (status_list_index) stays taken, so the status list keeps saying "withdrawn" for any copy.
    Endorsement.objects.filter(endorser=user).update(endorser_name="", comment="", credential_json="")
    # update() sends no signal: the pages that showed the endorser's name show "a person whose account was erased".
    from .page_cache import verify_page_forget

    for code in {endorsement.certificate.code for endorsement in written}:
        verify_page_forget(code=code)
    return {"endorsements withdrawn": len(written)} if written else {}


def files(*, user) -> list:
    return [
        (f"certificates/{c.code}.pdf", c.pdf)
        for c in Certificate.objects.filter(user=user).exclude(pdf="").only("code", "pdf")
    ]
