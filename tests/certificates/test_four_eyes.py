"""Four eyes on certificates assessments did not earn (ADR 0113): one person asks with a reason, another
certification officer decides; every step is in the append-only audit log."""

import pytest
from django.db import IntegrityError, transaction

from audit.models import AuditEvent
from certificates.models import Certificate, CertificateRequest, CertificateStatus, RequestKind, RequestStatus
from certificates.services import (
    CertificateError,
    certificate_request_approve,
    certificate_request_create,
    certificate_request_reject,
    certificate_request_withdraw,
    certificate_requests_create,
)

REASON = "Recognised prior training: national ICT diploma 2024."


@pytest.fixture
def cohort_teacher(make_user, trainer):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    member = make_user("member1")
    cohort = cohort_create(name="Riverside", trainer=trainer)
    CohortMembership.objects.create(cohort=cohort, user=member)
    return member


@pytest.fixture
def second_officer(make_user):
    return make_user("officer2", roles=("Teacher", "Certification officer"))


def _ask(requester, teacher, level, kind=RequestKind.ISSUE, certificate=None, reason=REASON):
    return certificate_request_create(
        requester=requester, kind=kind, teacher=teacher, level=level, reason=reason, certificate=certificate
    )


def _actions():
    """The certificate steps in the log, in order (the fixtures' role grants are audited too)."""
    events = AuditEvent.objects.exclude(action__startswith="account.role.").order_by("id")
    return list(events.values_list("action", flat=True))


def test_trainer_asks_an_officer_approves_and_the_certificate_says_so(
    client, trainer, cohort_teacher, level_ka, certification_officer
):
    request = _ask(trainer, cohort_teacher, level_ka)
    assert request.status == RequestStatus.PENDING and not Certificate.objects.exists()

    decided = certificate_request_approve(request_id=request.pk, approver=certification_officer)
    certificate = decided.result
    assert decided.status == RequestStatus.APPROVED and decided.decided_by == certification_officer
    assert certificate.manual and certificate.issued_by == certification_officer
    assert certificate.snapshot["approval"]["reason"] == REASON
    assert "officer1" not in str(certificate.snapshot) and "trainer1" not in str(certificate.snapshot)
    assert _actions() == ["certificate.request.created", "certificate.issued", "certificate.request.approved"]
    issued = AuditEvent.objects.get(action="certificate.issued")
    assert issued.actor_label == "officer1" and issued.reason == REASON
    assert issued.data["requested_by"] == "trainer1" and issued.data["approved_by"] == "officer1"
    assert issued.target_type == "certificates.certificate" and issued.target_id == str(certificate.pk)

    page = client.get(certificate.get_absolute_url()).content.decode()
    assert "How it was earned" in page and "Issued by hand, approved by a certification officer." in page
    assert REASON in page


def test_approving_twice_issues_once(trainer, cohort_teacher, level_ka, certification_officer, second_officer):
    request = _ask(trainer, cohort_teacher, level_ka)
    first = certificate_request_approve(request_id=request.pk, approver=certification_officer)
    again = certificate_request_approve(request_id=request.pk, approver=second_officer)
    assert again.result_id == first.result_id and Certificate.objects.filter(user=cohort_teacher).count() == 1
    assert _actions().count("certificate.issued") == 1
    with pytest.raises(CertificateError):
        certificate_request_reject(request_id=request.pk, approver=second_officer, reason="Too late")


def test_asking_twice_gives_the_request_already_waiting(trainer, cohort_teacher, level_ka, administrator):
    first = _ask(trainer, cohort_teacher, level_ka)
    assert _ask(administrator, cohort_teacher, level_ka).pk == first.pk
    assert CertificateRequest.objects.count() == 1
    # The database holds it too, whatever code writes.
    with pytest.raises(IntegrityError), transaction.atomic():
        CertificateRequest.objects.create(
            kind=RequestKind.ISSUE, teacher=cohort_teacher, level=level_ka, reason="x", requested_by=administrator
        )


def test_nobody_asks_for_or_decides_for_themselves(trainer, cohort_teacher, level_ka, certification_officer, make_user):
    with pytest.raises(CertificateError, match="your own certificate"):
        _ask(certification_officer, certification_officer, level_ka)
    own = _ask(certification_officer, cohort_teacher, level_ka)
    with pytest.raises(CertificateError, match="another certification officer"):
        certificate_request_approve(request_id=own.pk, approver=certification_officer)
    with pytest.raises(CertificateError, match="another certification officer"):
        certificate_request_reject(request_id=own.pk, approver=certification_officer, reason="No")
    # An officer who is the teacher of a request does not decide it either.
    officer_teacher = make_user("officer-teacher", roles=("Teacher", "Certification officer"))
    about_them = _ask(make_user("admin2", roles=("Administrator",)), officer_teacher, level_ka)
    with pytest.raises(CertificateError, match="about you"):
        certificate_request_approve(request_id=about_them.pk, approver=officer_teacher)
    assert not Certificate.objects.exists()
    # And the database refuses a row that breaks the rule.
    with pytest.raises(IntegrityError), transaction.atomic():
        CertificateRequest.objects.filter(pk=own.pk).update(
            status=RequestStatus.APPROVED, decided_by=certification_officer, decided_at=own.requested_at
        )


@pytest.mark.parametrize("role", ["teacher", "reviewer", "regional_officer", "anonymous"])
def test_roles_that_cannot_ask(role, make_user, cohort_teacher, level_ka):
    from django.contrib.auth.models import AnonymousUser

    users = {
        "teacher": lambda: make_user("plain"),
        "reviewer": lambda: make_user("rev", roles=("Teacher", "Reviewer")),
        "regional_officer": lambda: make_user("region", roles=("Regional officer",)),
        "anonymous": AnonymousUser,
    }
    with pytest.raises(CertificateError, match="Your role cannot ask"):
        _ask(users[role](), cohort_teacher, level_ka)
    assert not CertificateRequest.objects.exists()


def test_a_trainer_asks_only_for_teachers_of_their_cohorts(trainer, cohort_teacher, make_user, level_ka):
    stranger = make_user("stranger")
    with pytest.raises(CertificateError, match="not in a cohort you train"):
        _ask(trainer, stranger, level_ka)
    assert _ask(trainer, cohort_teacher, level_ka).teacher == cohort_teacher


def test_only_a_certification_officer_decides(trainer, cohort_teacher, level_ka, administrator, reviewer):
    request = _ask(trainer, cohort_teacher, level_ka)
    for who in (administrator, reviewer, trainer):
        with pytest.raises(CertificateError, match="Only a certification officer"):
            certificate_request_approve(request_id=request.pk, approver=who)
    assert CertificateRequest.objects.get(pk=request.pk).status == RequestStatus.PENDING


def test_rejection_needs_a_reason_and_is_logged(trainer, cohort_teacher, level_ka, certification_officer):
    request = _ask(trainer, cohort_teacher, level_ka)
    with pytest.raises(CertificateError, match="reason for rejecting"):
        certificate_request_reject(request_id=request.pk, approver=certification_officer, reason=" ")
    rejected = certificate_request_reject(request_id=request.pk, approver=certification_officer, reason="No proof")
    assert rejected.status == RequestStatus.REJECTED and rejected.decision_reason == "No proof"
    with pytest.raises(CertificateError, match="rejected"):
        certificate_request_approve(request_id=request.pk, approver=certification_officer)
    assert _actions() == ["certificate.request.created", "certificate.request.rejected"]
    assert not Certificate.objects.exists()
    # A new request can be made once the old one is decided.
    assert _ask(trainer, cohort_teacher, level_ka).pk != request.pk


def test_a_request_needs_a_reason(trainer, cohort_teacher, level_ka):
    with pytest.raises(CertificateError, match="Give the reason"):
        _ask(trainer, cohort_teacher, level_ka, reason="  ")


def test_earned_levels_need_no_request(trainer, cohort_teacher, level_ka):
    from .conftest import attain

    attain(cohort_teacher, level_ka)
    with pytest.raises(CertificateError, match="issued automatically"):
        _ask(trainer, cohort_teacher, level_ka)


def test_revocation_request_and_approval_revoke_and_change_the_status_list(
    client, certificate, make_user, certification_officer, administrator
):
    from certificates.credentials import status_list_is_set

    with pytest.raises(CertificateError, match="reason"):
        _ask(administrator, certificate.user, certificate.level, RequestKind.REVOKE, certificate, reason="")
    request = _ask(administrator, certificate.user, certificate.level, RequestKind.REVOKE, certificate, "Exam leak")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID

    def revoked_in_list() -> bool:
        body = client.get(f"/credentials/status/{certificate.status_list_id}.json").json()
        return status_list_is_set(
            encoded=body["credentialSubject"]["encodedList"], index=certificate.status_list_position
        )

    assert revoked_in_list() is False
    certificate_request_approve(request_id=request.pk, approver=certification_officer)
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED and certificate.revoke_reason == "Exam leak"
    assert certificate.revoked_by == certification_officer
    assert revoked_in_list() is True
    assert "certificate.revoked" in _actions()


def test_reissue_request_supersedes_and_both_pages_link(client, certificate, administrator, certification_officer):
    request = _ask(administrator, certificate.user, certificate.level, RequestKind.REISSUE, certificate, "Name fixed")
    new = certificate_request_approve(request_id=request.pk, approver=certification_officer).result
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.SUPERSEDED and certificate.superseded_by == new
    old_page = client.get(certificate.get_absolute_url()).content.decode()
    new_page = client.get(new.get_absolute_url()).content.decode()
    assert new.get_absolute_url() in old_page and f"Replaced by certificate {new.code}" in old_page
    assert certificate.get_absolute_url() in new_page and f"Replaces certificate {certificate.code}" in new_page
    assert "certificate.reissued" in _actions()


def test_bulk_request_asks_once_per_teacher_and_says_who_was_refused(trainer, cohort_teacher, make_user, level_ka):
    stranger = make_user("stranger")
    result = certificate_requests_create(
        requester=trainer, teachers=[cohort_teacher, stranger], level=level_ka, reason=REASON
    )
    assert [r.teacher for r in result.created] == [cohort_teacher]
    assert len(result.refused) == 1 and "stranger" in result.refused[0]


@pytest.mark.django_db(transaction=True)
def test_two_officers_approving_at_once_issue_one_certificate(make_user, framework_v3):
    import threading

    from django.db import connection

    level = framework_v3.levels.get(code="KA")
    teacher = make_user("racer")
    asker = make_user("asker", roles=("Administrator",))
    officers = [make_user(f"officer{i}", roles=("Teacher", "Certification officer")) for i in range(4)]
    request = _ask(asker, teacher, level)
    results, errors = [], []
    barrier = threading.Barrier(len(officers))

    def approve(officer):
        try:
            barrier.wait()
            results.append(certificate_request_approve(request_id=request.pk, approver=officer).result_id)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=approve, args=(officer,)) for officer in officers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if connection.vendor == "sqlite":
        # SQLite serialises writers; a thread may see "database is locked", but never two certificates.
        errors = [e for e in errors if "locked" not in e]
    assert not errors and len(set(results)) == 1
    assert Certificate.objects.filter(user=teacher).count() == 1
    assert AuditEvent.objects.filter(action="certificate.issued").count() == 1
    assert AuditEvent.objects.filter(action="certificate.request.approved").count() == 1


def test_the_asker_withdraws_a_waiting_request_and_the_log_says_so(
    trainer, cohort_teacher, level_ka, certification_officer
):
    request = _ask(trainer, cohort_teacher, level_ka)
    withdrawn = certificate_request_withdraw(request=request, by=trainer, reason="Wrong teacher")
    assert withdrawn.status == RequestStatus.WITHDRAWN and withdrawn.decided_by is None and withdrawn.decided_at
    assert withdrawn.decision_reason == "Wrong teacher"
    assert certificate_request_withdraw(request=request, by=trainer).pk == request.pk  # twice: nothing more
    assert _actions() == ["certificate.request.created", "certificate.request.withdrawn"]
    event = AuditEvent.objects.get(action="certificate.request.withdrawn")
    assert event.actor_label == "trainer1" and event.reason == "Wrong teacher"
    assert event.data["request"] == request.pk and event.data["teacher"] == cohort_teacher.username
    assert event.target_type == "certificates.certificaterequest" and event.target_id == str(request.pk)
    # Nobody decides a withdrawn request, and the teacher can be asked for again.
    with pytest.raises(CertificateError, match="withdrawn by the person who asked"):
        certificate_request_approve(request_id=request.pk, approver=certification_officer)
    with pytest.raises(CertificateError, match="withdrawn by the person who asked"):
        certificate_request_reject(request_id=request.pk, approver=certification_officer, reason="Too late")
    assert not Certificate.objects.exists()
    assert _ask(trainer, cohort_teacher, level_ka).pk != request.pk


@pytest.mark.parametrize("who", ["other_trainer", "certification_officer", "administrator", "teacher", "anonymous"])
def test_only_the_asker_withdraws(who, request, trainer, cohort_teacher, level_ka, make_user):
    from django.contrib.auth.models import AnonymousUser

    asked = _ask(trainer, cohort_teacher, level_ka)
    users = {
        "other_trainer": lambda: make_user("trainer2", roles=("Teacher", "Trainer")),
        "certification_officer": lambda: request.getfixturevalue("certification_officer"),
        "administrator": lambda: request.getfixturevalue("administrator"),
        "teacher": lambda: cohort_teacher,
        "anonymous": AnonymousUser,
    }
    with pytest.raises(CertificateError, match="Only the person who asked"):
        certificate_request_withdraw(request=asked, by=users[who]())
    assert CertificateRequest.objects.get(pk=asked.pk).status == RequestStatus.PENDING
    assert _actions() == ["certificate.request.created"]


def test_a_decided_request_cannot_be_withdrawn(trainer, cohort_teacher, level_ka, certification_officer, make_user):
    approved = _ask(trainer, cohort_teacher, level_ka)
    certificate_request_approve(request_id=approved.pk, approver=certification_officer)
    with pytest.raises(CertificateError, match="approved already; it cannot be withdrawn"):
        certificate_request_withdraw(request=approved, by=trainer)
    other = make_user("member2")
    from cohorts.models import Cohort, CohortMembership

    CohortMembership.objects.create(cohort=Cohort.objects.get(name="Riverside"), user=other)
    rejected = _ask(trainer, other, level_ka)
    certificate_request_reject(request_id=rejected.pk, approver=certification_officer, reason="No proof")
    with pytest.raises(CertificateError, match="rejected already; it cannot be withdrawn"):
        certificate_request_withdraw(request=rejected, by=trainer)
    assert "certificate.request.withdrawn" not in _actions()
    # The database refuses a withdrawn row that names a decider, or one without a time.
    with pytest.raises(IntegrityError), transaction.atomic():
        CertificateRequest.objects.filter(pk=rejected.pk).update(status=RequestStatus.WITHDRAWN)
