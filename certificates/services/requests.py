"""Four eyes on certificates assessments did not earn: request, approve, reject, withdraw (ADR 0113, 0134).

A certificate issued, re-issued or revoked by hand needs two people: one asks, with a reason, for a teacher in their
scope (certificates.scope); another, holding the certification officer role, approves or rejects with a reason.
Nobody asks for themselves or decides a request they made or that is about them. Every step is written to the audit
log in the same transaction as the change it records.

Idempotent and race-safe: the request row is locked (select_for_update) while it is decided, so two officers
approving at once issue one certificate; the second sees it approved and gets the same result. One pending request
per teacher, level and kind (a partial unique constraint): asking twice returns the request already waiting.
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.services import audit_record
from certificates.models import Certificate, CertificateRequest, CertificateStatus, RequestKind, RequestStatus
from certificates.scope import is_certification_officer, may_request, teachers_in_scope
from competency.models import Level, LevelAttainment

from .issue import CertificateError, certificate_issue, certificate_reissue, certificate_revoke

AUDIT_REQUESTED = "certificate.request.created"
AUDIT_APPROVED = "certificate.request.approved"
AUDIT_REJECTED = "certificate.request.rejected"
AUDIT_WITHDRAWN = "certificate.request.withdrawn"
AUDIT_ISSUED = "certificate.issued"
AUDIT_REISSUED = "certificate.reissued"
AUDIT_REVOKED = "certificate.revoked"


def _label(request: CertificateRequest) -> str:
    return _("Request %(id)s: %(kind)s for %(teacher)s, level %(level)s") % {
        "id": request.pk,
        "kind": request.get_kind_display(),
        "teacher": request.teacher.get_username(),
        "level": request.level.code,
    }


def _audit_request(request: CertificateRequest, *, actor, action: str, reason: str, **more) -> None:
    """One audit row for a step of `request` (asked, approved, rejected, withdrawn): its facts, a readable label."""
    data = _facts(request) | more
    audit_record(actor=actor, action=action, target=request, reason=reason, data=data, label=_label(request))


def _facts(request: CertificateRequest) -> dict:
    return {
        "request": request.pk,
        "kind": request.kind,
        "teacher_id": request.teacher_id,
        "teacher": request.teacher.get_username(),
        "level": request.level.code,
        "framework": request.level.framework.slug,
        "certificate": request.certificate.code if request.certificate_id else None,
    }


def _check_issue(*, teacher, level: Level) -> None:
    current = Certificate.objects.filter(user=teacher, level=level, is_current=True).first()
    if current is not None and current.status != CertificateStatus.EXPIRED:
        raise CertificateError(
            _("%(teacher)s already holds certificate %(code)s for level %(level)s.")
            % {"teacher": teacher.get_username(), "code": current.code, "level": level.code}
        )
    if LevelAttainment.objects.filter(user=teacher, level=level).exists():
        raise CertificateError(
            _("%(teacher)s attained level %(level)s: the certificate is issued automatically, with no request.")
            % {"teacher": teacher.get_username(), "level": level.code}
        )


def certificate_request_create(
    *, requester, kind: str, teacher, level: Level, reason: str, certificate: Certificate | None = None
) -> CertificateRequest:
    """Ask for a certificate to be issued, re-issued or revoked by hand. CertificateError says why not.

    Asking again while the same request waits returns the waiting one (a double click, a retried form).
    """
    reason = (reason or "").strip()
    if kind not in RequestKind.values:
        raise CertificateError(_("Choose what should happen: issue, re-issue or revoke."))
    if not reason:
        raise CertificateError(_("Give the reason for this request; the certification officer reads it."))
    if not may_request(requester):
        raise CertificateError(_("Your role cannot ask for certificates to be issued or revoked by hand."))
    if teacher.pk == requester.pk:
        raise CertificateError(_("You cannot ask for your own certificate; another person must ask for you."))
    if not teachers_in_scope(user=requester, teacher_ids=[teacher.pk]):
        raise CertificateError(
            _("%(teacher)s is not in a cohort you train; ask a certification officer.")
            % {"teacher": teacher.get_username()}
        )
    if kind == RequestKind.ISSUE:
        certificate = None
        _check_issue(teacher=teacher, level=level)
    else:
        if certificate is None or certificate.user_id != teacher.pk or certificate.level_id != level.pk:
            raise CertificateError(_("Choose the teacher's certificate this request is about."))
        if not certificate.is_current:
            raise CertificateError(
                _("Certificate %(code)s is %(status)s; only a certificate in force can be re-issued or revoked.")
                % {"code": certificate.code, "status": certificate.status_label.lower()}
            )
    try:
        with transaction.atomic():
            request = CertificateRequest.objects.create(
                kind=kind, teacher=teacher, level=level, certificate=certificate, reason=reason, requested_by=requester
            )
            _audit_request(request, actor=requester, action=AUDIT_REQUESTED, reason=reason)
            return request
    except IntegrityError:
        waiting = CertificateRequest.objects.filter(
            teacher=teacher, level=level, kind=kind, status=RequestStatus.PENDING
        ).first()
        if waiting is None:
            raise
        return waiting


@dataclass
class BulkResult:
    created: list[CertificateRequest] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def certificate_requests_create(*, requester, teachers, level: Level, reason: str) -> BulkResult:
    """Ask to issue `level` by hand to several teachers: one request each, so each is decided on its own."""
    result = BulkResult()
    for teacher in teachers:
        try:
            result.created.append(
                certificate_request_create(
                    requester=requester, kind=RequestKind.ISSUE, teacher=teacher, level=level, reason=reason
                )
            )
        except CertificateError as exc:
            result.refused.append(str(exc))
    return result


def _check_decider(*, request: CertificateRequest, decider) -> None:
    if not is_certification_officer(decider):
        raise CertificateError(_("Only a certification officer can approve or reject certificate requests."))
    if decider.pk == request.requested_by_id:
        raise CertificateError(_("You asked for this; another certification officer must decide it."))
    if decider.pk == request.teacher_id:
        raise CertificateError(_("This request is about you; another certification officer must decide it."))


def _locked(request_id: int) -> CertificateRequest:
    request = (
        CertificateRequest.objects.select_for_update(of=("self",))
        .select_related("teacher", "level__framework", "certificate", "requested_by")
        .filter(pk=request_id)
        .first()
    )
    if request is None:
        raise CertificateError(_("There is no such request."))
    return request


def _carry_out(*, request: CertificateRequest, approver, approved_at) -> Certificate:
    approval = {"approved_at": approved_at.isoformat(), "reason": request.reason}
    facts = _facts(request) | {
        "approved_by": approver.get_username(),
        "requested_by": request.requested_by.get_username(),
    }
    if request.kind == RequestKind.ISSUE:
        certificate = certificate_issue(
            user=request.teacher, level=request.level, manual=True, issued_by=approver, approval=approval
        )
        audit_record(actor=approver, action=AUDIT_ISSUED, target=certificate, reason=request.reason, data=facts)
        return certificate
    if request.kind == RequestKind.REISSUE:
        certificate = certificate_reissue(certificate=request.certificate, by=approver, approval=approval)
        facts["replaces"] = request.certificate.code
        audit_record(actor=approver, action=AUDIT_REISSUED, target=certificate, reason=request.reason, data=facts)
        return certificate
    certificate = certificate_revoke(certificate=request.certificate, reason=request.reason, by=approver)
    audit_record(actor=approver, action=AUDIT_REVOKED, target=certificate, reason=request.reason, data=facts)
    return certificate


def certificate_request_approve(*, request_id: int, approver, note: str = "") -> CertificateRequest:
    """Approve and carry out the request, once. Approving an approved request changes nothing and returns it."""
    with transaction.atomic():
        request = _locked(request_id)
        _check_decider(request=request, decider=approver)
        if request.status == RequestStatus.APPROVED:
            return request
        if request.status == RequestStatus.REJECTED:
            raise CertificateError(_("This request was rejected; it cannot be approved any more."))
        if request.status == RequestStatus.WITHDRAWN:
            raise CertificateError(_("This request was withdrawn by the person who asked; there is nothing to decide."))
        if request.kind == RequestKind.ISSUE:
            _check_issue(teacher=request.teacher, level=request.level)
        elif not request.certificate.is_current:
            raise CertificateError(
                _("Certificate %(code)s is no longer in force; reject this request.")
                % {"code": request.certificate.code}
            )
        now = timezone.now()
        request.result = _carry_out(request=request, approver=approver, approved_at=now)
        request.status = RequestStatus.APPROVED
        request.decided_by = approver
        request.decided_at = now
        request.decision_reason = (note or "").strip()
        request.save(update_fields=["status", "decided_by", "decided_at", "decision_reason", "result"])
        _audit_request(
            request, actor=approver, action=AUDIT_APPROVED, reason=request.decision_reason, result=request.result.code
        )
    return request


def certificate_request_reject(*, request_id: int, approver, reason: str) -> CertificateRequest:
    """Reject with a reason the requester reads. Rejecting a rejected request changes nothing."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give the reason for rejecting; the person who asked reads it."))
    with transaction.atomic():
        request = _locked(request_id)
        _check_decider(request=request, decider=approver)
        if request.status == RequestStatus.REJECTED:
            return request
        if request.status == RequestStatus.APPROVED:
            raise CertificateError(_("This request was approved already; ask for a revocation instead."))
        if request.status == RequestStatus.WITHDRAWN:
            raise CertificateError(_("This request was withdrawn by the person who asked; there is nothing to decide."))
        request.status = RequestStatus.REJECTED
        request.decided_by = approver
        request.decided_at = timezone.now()
        request.decision_reason = reason
        request.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
        _audit_request(request, actor=approver, action=AUDIT_REJECTED, reason=reason)
    return request


def certificate_request_withdraw(*, request: CertificateRequest, by, reason: str = "") -> CertificateRequest:
    """The person who asked takes the request back while it waits (a mistake, a teacher who left). Nobody else may:
    an officer who disagrees rejects it, with a reason. Withdrawing twice changes nothing; a decided request stays
    as decided."""
    reason = (reason or "").strip()
    with transaction.atomic():
        locked = _locked(request.pk)
        if by is None or by.pk != locked.requested_by_id:
            raise CertificateError(_("Only the person who asked can withdraw this request."))
        if locked.status == RequestStatus.WITHDRAWN:
            return locked
        if locked.status == RequestStatus.APPROVED:
            raise CertificateError(_("This request was approved already; it cannot be withdrawn."))
        if locked.status == RequestStatus.REJECTED:
            raise CertificateError(_("This request was rejected already; it cannot be withdrawn."))
        locked.status = RequestStatus.WITHDRAWN
        locked.decided_at = timezone.now()
        locked.decision_reason = reason
        locked.save(update_fields=["status", "decided_at", "decision_reason"])
        _audit_request(locked, actor=by, action=AUDIT_WITHDRAWN, reason=reason)
    return locked
