"""Erasing an account at its owner's request (ADR 0151).

Personal data goes or is pseudonymised, part by part (privacy.registry): names, e-mail, school and region, uploads,
reflection notes. Attempts, evidence, mastery, attainments and cohort memberships stay under "former-member-<id>" so
cohort and programme figures stay right. Issued certificates stay as issued and keep verifying: each attests the
name it was issued to. If the person asks for them to be revoked, the wish is recorded here and a certification
officer takes it up as an ordinary revocation request that another officer approves (ADR 0113): nobody asks for
themselves. One audit event records the erasure, written in the same transaction, under the pseudonym.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.personal_data import is_last_administrator
from audit.services import audit_record
from certificates.models import Certificate, RequestKind
from certificates.services import CertificateError, certificate_request_create

from ..models import DataExport, Erasure
from ..registry import personal_data_parts

AUDIT_ERASED = "account.erased"
AUDIT_REVOKE_TAKEN_UP = "account.erased.revocation_asked"


class ErasureError(Exception):
    pass


def account_erase(*, user, revoke_certificates: bool = False) -> Erasure:
    """Erase `user`'s account now. Refused for the last administrator (nobody could administer the site after)."""
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        if Erasure.objects.filter(user=locked).exists():
            raise ErasureError(_("This account has already been erased."))
        if is_last_administrator(locked):
            raise ErasureError(
                _("You are the only administrator: give another person the Administrator role before erasing.")
            )
        counts: dict[str, dict] = {}
        # accounts last: the other parts may still want to know who this was while they work.
        parts = sorted(personal_data_parts(), key=lambda part: part.name == "accounts")
        for part in parts:
            changed = part.erase(user=locked)
            if changed:
                counts[part.name] = changed
        for export in DataExport.objects.filter(user=locked):
            if export.file:
                export.file.delete(save=False)
            export.delete()
        certificates = Certificate.objects.filter(user=locked, is_current=True).count()
        erasure = Erasure.objects.create(
            user=locked, revoke_wished=revoke_certificates and certificates > 0, counts=counts
        )
        audit_record(
            actor=None,
            action=AUDIT_ERASED,
            target=locked,
            label=locked.username,
            reason=_("Erased at the account holder's request."),
            data={"user_id": locked.pk, "revoke_wished": erasure.revoke_wished, "counts": counts},
        )
    return erasure


def erasure_revocation_ask(*, erasure_id: int, officer, reason: str = "") -> list:
    """A certification officer asks, on the erased holder's recorded wish, to revoke each current certificate;
    another officer approves in the request queue. Once taken up, the wish leaves the list."""
    with transaction.atomic():
        erasure = Erasure.objects.select_for_update().select_related("user").get(pk=erasure_id)
        if not erasure.revoke_wished or erasure.revoke_taken_up_at is not None:
            raise ErasureError(_("This wish has already been taken up."))
        reason = reason or _("The holder asked for revocation when erasing their account on %(date)s.") % {
            "date": f"{erasure.erased_at:%Y-%m-%d}"
        }
        requests = []
        for certificate in Certificate.objects.filter(user=erasure.user, is_current=True).select_related("level"):
            try:
                requests.append(
                    certificate_request_create(
                        requester=officer,
                        kind=RequestKind.REVOKE,
                        teacher=erasure.user,
                        level=certificate.level,
                        certificate=certificate,
                        reason=reason,
                    )
                )
            except CertificateError as exc:
                raise ErasureError(str(exc)) from exc
        erasure.revoke_taken_up_at, erasure.revoke_taken_up_by = timezone.now(), officer
        erasure.save(update_fields=["revoke_taken_up_at", "revoke_taken_up_by"])
        audit_record(
            actor=officer,
            action=AUDIT_REVOKE_TAKEN_UP,
            target=erasure.user,
            label=erasure.user.username,
            reason=reason,
            data={"user_id": erasure.user_id, "requests": [r.pk for r in requests]},
        )
    return requests
