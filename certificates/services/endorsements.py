"""Endorsing a certificate and withdrawing an endorsement (ADR 0205, 0206).

An endorsement is signed at once, in the transaction that writes it: its credential is a few hundred bytes, with
no PDF and no time-stamping authority to wait for. The verification pages of the certificate are dropped from the
page cache on every change, and the status list cache on a withdrawal, as for certificates.
"""

import json
import secrets

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.services import audit_record
from certificates.credentials import credential_sign
from certificates.credentials.endorsement import endorsement_credential_build
from certificates.endorsement_eligibility import endorsement_may
from certificates.issuer import issuer_get
from certificates.models import ENDORSEMENT_STATUS_BASE, STATUS_LIST_SIZE, Certificate, Endorsement
from certificates.models_endorsements import COMMENT_MAX_LENGTH
from certificates.page_cache import verify_page_forget
from certificates.scope import may_request_for_anyone
from certificates.signals import endorsement_issued, endorsement_revoked

from .documents import status_list_cache_key, status_list_url
from .issue import CertificateError

AUDIT_TAKEN_DOWN = "certificate.endorsement.taken_down"


class EndorsementError(CertificateError):
    """The endorsement is refused; the message says why. Nothing was written."""


def _sign(*, endorsement: Endorsement, certificate: Certificate, issuer_name: str) -> None:
    index = endorsement.status_list_index
    snapshot = certificate.snapshot
    credential = endorsement_credential_build(
        public_id=endorsement.public_id,
        certificate_code=certificate.code,
        holder_name=snapshot.get("holder_name", ""),
        achievement_name=f"{snapshot['framework']['name']}: {snapshot['level']['name']}",
        endorser_name=endorsement.endorser_name,
        comment=endorsement.comment,
        issued_at=endorsement.issued_at,
        issuer_name=issuer_name,
        status_list_url=status_list_url(index // STATUS_LIST_SIZE + 1),
        status_index=index % STATUS_LIST_SIZE,
    )
    endorsement.credential_json = json.dumps(credential_sign(credential=credential), ensure_ascii=False, indent=2)


def endorsement_issue(*, endorser, certificate: Certificate, comment: str) -> Endorsement:
    """Endorse `certificate` as `endorser`, who must be eligible (endorsement_eligibility). Idempotent: the
    endorser's endorsement in force is returned as it is when there is one (a double click writes nothing new)."""
    comment = (comment or "").strip()
    if not comment:
        raise EndorsementError(_("Say in a few words what you saw of the teacher's work."))
    if len(comment) > COMMENT_MAX_LENGTH:
        raise EndorsementError(_("Keep the comment under %(count)s characters.") % {"count": COMMENT_MAX_LENGTH})
    existing = Endorsement.objects.filter(endorser=endorser, certificate=certificate, revoked_at__isnull=True).first()
    if existing is not None:
        return existing
    if not endorsement_may(endorser=endorser, certificate=certificate):
        raise EndorsementError(_("You may not endorse this certificate."))
    issuer = issuer_get()
    try:
        with transaction.atomic():
            endorsement = Endorsement.objects.create(
                public_id=secrets.token_urlsafe(16),
                certificate=certificate,
                endorser=endorser,
                endorser_name=endorser.display_name[:200],
                comment=comment,
                issued_at=timezone.now().replace(microsecond=0),
            )
            # The primary key is a slot no other endorsement can get; the base keeps clear of certificates' slots.
            endorsement.status_list_index = ENDORSEMENT_STATUS_BASE + endorsement.pk
            _sign(endorsement=endorsement, certificate=certificate, issuer_name=issuer.name)
            endorsement.save(update_fields=["status_list_index", "credential_json"])
            # update(), not save(): no post_save, whose receiver would drop the holder's other pages for nothing.
            Certificate.objects.filter(pk=certificate.pk).update(endorsement_count=F("endorsement_count") + 1)
    except IntegrityError:
        # A racing request of the same endorser wrote it first: theirs is the endorsement.
        existing = Endorsement.objects.filter(
            endorser=endorser, certificate=certificate, revoked_at__isnull=True
        ).first()
        if existing is None:
            raise
        return existing
    verify_page_forget(code=certificate.code)
    transaction.on_commit(lambda: endorsement_issued.send(sender=Endorsement, endorsement=endorsement))
    return endorsement


def endorsement_revoke(*, endorsement: Endorsement, by=None, reason: str = "") -> Endorsement:
    """Withdraw for good: the status list marks it revoked, the verification page shows it withdrawn. Idempotent."""
    with transaction.atomic():
        locked = Endorsement.objects.select_for_update().select_related("certificate").get(pk=endorsement.pk)
        if locked.revoked_at is None:
            locked.revoked_at = timezone.now()
            locked.revoked_by = by
            locked.revoke_reason = (reason or "").strip()
            locked.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
            key = status_list_cache_key(locked.status_list_index // STATUS_LIST_SIZE + 1)
            cache.delete(key)
            transaction.on_commit(lambda: cache.delete(key))
            verify_page_forget(code=locked.certificate.code)
            transaction.on_commit(lambda: endorsement_revoked.send(sender=Endorsement, endorsement=locked))
    endorsement.refresh_from_db()
    return endorsement


def endorsement_take_down(*, endorsement: Endorsement, by, reason: str) -> Endorsement:
    """A certification officer or administrator withdraws an abusive endorsement (ADR 0208): the reason is
    required and audited like the other certificate actions; the verification page then shows it withdrawn."""
    reason = (reason or "").strip()
    if not may_request_for_anyone(by):
        raise EndorsementError(_("Only a certification officer or an administrator may take an endorsement down."))
    if not reason:
        raise EndorsementError(_("Give the reason for taking the endorsement down."))
    with transaction.atomic():
        locked = Endorsement.objects.select_for_update().get(pk=endorsement.pk)
        if locked.revoked_at is not None:
            raise EndorsementError(_("This endorsement was already withdrawn."))
        endorsement_revoke(endorsement=locked, by=by, reason=reason)
        audit_record(
            actor=by,
            action=AUDIT_TAKEN_DOWN,
            target=locked,
            reason=reason,
            data={"certificate": locked.certificate.code, "endorser": locked.endorser_name},
            label=f"{locked.endorser_name} → {locked.certificate.code}",
        )
    endorsement.refresh_from_db()
    return endorsement
