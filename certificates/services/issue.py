"""Issuing, re-issuing and revoking certificates. Idempotent, and safe under concurrent workers.

At most one current certificate per (holder, level) is enforced by the partial unique constraint
`certificate_one_current_per_level`; a racing issuer gets IntegrityError and returns the winner's certificate.
"""

import logging
from datetime import timedelta

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.codes import code_digest, code_generate
from certificates.issuer import issuer_get
from certificates.models import Certificate, CertificateStatus
from competency.models import Level, LevelAttainment

from .documents import documents_make, status_list_cache_key
from .snapshot import certificate_language, expiry_for, snapshot_build

logger = logging.getLogger(__name__)


class CertificateError(Exception):
    """The operation is refused; the message says why. Nothing was written."""


def _current(*, user, level: Level) -> Certificate | None:
    return Certificate.objects.filter(user=user, level=level, is_current=True).first()


def _create(
    *,
    user,
    level: Level,
    attainment: LevelAttainment | None,
    manual: bool,
    issued_by,
    expires_at=None,
    replaces: Certificate | None = None,
    approval: dict | None = None,
) -> Certificate:
    """Insert, allocate the status list slot and sign; the caller holds a transaction."""
    issuer = issuer_get()
    issued_at = timezone.now().replace(microsecond=0)
    if replaces is None:
        expires_at = expiry_for(level=level, issued_at=issued_at)
    code = code_generate()
    language = certificate_language(user=user)
    certificate = Certificate.objects.create(
        code=code,
        code_digest=code_digest(code),
        user=user,
        level=level,
        attainment=attainment,
        framework_slug=level.framework.slug,
        framework_version=level.framework.version,
        issued_at=issued_at,
        expires_at=expires_at,
        manual=manual,
        issued_by=issued_by,
        language=language,
        snapshot=snapshot_build(
            user=user,
            level=level,
            attainment=attainment,
            issued_at=issued_at,
            expires_at=expires_at,
            issuer_name=issuer.name,
            issuer_name_translations=issuer.name_translations,
            signatory_name=issuer.signatory_name,
            signatory_title=issuer.signatory_title,
            manual=manual,
            replaces=replaces.code if replaces else None,
            language=language,
            approval=approval,
        ),
    )
    # The primary key comes from the database sequence, so it is a slot no other certificate can get.
    certificate.status_list_index = certificate.pk
    documents_make(certificate=certificate, issuer=issuer)
    certificate.save(update_fields=["status_list_index", "credential_json", "offline_payload", "pdf"])
    return certificate


def _status_list_changed(certificate: Certificate) -> None:
    # Dropped now and again after commit, so a request racing the commit cannot re-cache the old list for long.
    key = status_list_cache_key(certificate.status_list_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _retire_expired(*, certificate: Certificate) -> None:
    """An expired certificate stops being current so a renewal can be issued; it keeps answering EXPIRED.

    Not revoked and not superseded, so its status-list bit stays clear: offline it reads "expired" (validUntil).
    A concurrent renewal waits on the row lock and then finds it already retired.
    """
    with transaction.atomic():
        Certificate.objects.select_for_update().filter(pk=certificate.pk, is_current=True).update(is_current=False)
    # update() sends no post_save: drop its cached verification pages here, so they link forward to the renewal.
    from certificates.page_cache import verify_page_forget

    verify_page_forget(code=certificate.code)


def certificate_issue(
    *, user, level: Level, manual: bool = False, issued_by=None, approval: dict | None = None
) -> Certificate:
    """The holder's current certificate for `level`, issuing it if there is none.

    Without `manual` the level must have been attained. `manual` issues regardless and says so on the certificate:
    only an approved request (services/requests.py) passes it, with `approval` ({"approved_at", "reason"}) for the
    snapshot. A current certificate past its expiry date is renewed: a new certificate with a new validity period
    under the level's policy.
    """
    existing = _current(user=user, level=level)
    if existing is not None and existing.status != CertificateStatus.EXPIRED:
        return existing
    attainment = LevelAttainment.objects.filter(user=user, level=level).first()
    if attainment is None and not manual:
        raise CertificateError(
            _("%(user)s has not attained level %(level)s.") % {"user": user.get_username(), "level": level.code}
        )
    try:
        with transaction.atomic():
            if existing is not None:
                _retire_expired(certificate=existing)
            return _create(
                user=user, level=level, attainment=attainment, manual=manual, issued_by=issued_by, approval=approval
            )
    except IntegrityError:
        # Another worker issued it first (duplicate event, retry, double click): theirs is the certificate.
        existing = _current(user=user, level=level)
        if existing is None:
            raise
        return existing


def certificate_issue_for_attainment(*, attainment_id: int) -> Certificate | None:
    """Issue automatically for one attainment, once: a retried or duplicated event issues nothing new."""
    attainment = (
        LevelAttainment.objects.select_related("user", "level", "level__framework").filter(pk=attainment_id).first()
    )
    if attainment is None:
        logger.warning("certificate_issue_for_attainment: attainment %s does not exist", attainment_id)
        return None
    already = Certificate.objects.filter(attainment=attainment).order_by("-is_current", "-issued_at").first()
    if already is not None:
        return already
    return certificate_issue(user=attainment.user, level=attainment.level)


def certificates_issue_pending(*, older_than_seconds: int = 300) -> int:
    """Issue every automatic certificate still missing: the retry for issuing that failed or was killed.

    The queued task runs once; when it fails (media not writable, the worker killed between the database row and
    the PDF, a database restart) nothing was committed, since the row and its files are written in one
    transaction. The worker's schedule runs this every few minutes; attainments younger than `older_than_seconds`
    are left to their own task. Safe beside a racing task: the one-current-certificate constraint decides.
    """
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    current = Certificate.objects.filter(user=OuterRef("user"), level=OuterRef("level"), is_current=True)
    pending = (
        LevelAttainment.objects.filter(attained_at__lte=cutoff, certificates__isnull=True)
        .exclude(Exists(current))
        .values_list("pk", flat=True)
    )
    issued = 0
    for attainment_id in list(pending):
        try:
            if certificate_issue_for_attainment(attainment_id=attainment_id) is not None:
                issued += 1
        except Exception:  # one failure (e.g. the disk still full) must not stop the others
            logger.exception("certificates_issue_pending: attainment %s still fails", attainment_id)
    return issued


def certificate_reissue(*, certificate: Certificate, by=None, approval: dict | None = None) -> Certificate:
    """A new certificate with today's data (e.g. a corrected legal name) replacing `certificate`.

    The old one becomes SUPERSEDED and links to the new one. The validity period is kept, not renewed.
    """
    with transaction.atomic():
        old = Certificate.objects.select_for_update().select_related("user", "level__framework").get(pk=certificate.pk)
        if not old.is_current:
            raise CertificateError(
                _("Certificate %(code)s is %(status)s and cannot be re-issued.")
                % {"code": old.code, "status": old.status_label.lower()}
            )
        # Saved, not update()d: post_save drops the cached verification pages (receivers.py).
        old.is_current = False
        old.save(update_fields=["is_current"])
        new = _create(
            user=old.user,
            level=old.level,
            attainment=old.attainment,
            manual=old.manual or by is not None,
            issued_by=by,
            expires_at=old.expires_at,
            replaces=old,
            approval=approval or old.snapshot.get("approval"),
        )
        old.superseded_by = new
        old.save(update_fields=["superseded_by"])
        _status_list_changed(old)
    certificate.refresh_from_db()
    return new


def certificate_revoke(*, certificate: Certificate, reason: str, by=None) -> Certificate:
    """Revoke for good. Idempotent: revoking again keeps the first date and reason."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give the reason for revoking the certificate."))
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.revoked_at is None:
            locked.revoked_at = timezone.now()
            locked.revoke_reason = reason
            locked.revoked_by = by
            locked.is_current = False
            locked.save(update_fields=["revoked_at", "revoke_reason", "revoked_by", "is_current"])
            _status_list_changed(locked)
    certificate.refresh_from_db()
    return certificate
