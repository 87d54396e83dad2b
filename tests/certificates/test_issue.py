"""Issuing: from attainment, by hand, idempotently, with a database constraint behind it."""

import io
import json
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection, transaction

from certificates.codes import code_parse
from certificates.models import Certificate, CertificateStatus
from certificates.services import CertificateError, certificate_issue, certificate_reissue, certificate_revoke
from competency.models import LevelAttainment

from .conftest import attain


def test_certificate_snapshots_what_it_certifies(certificate, attained_teacher, level_ka):
    s = certificate.snapshot
    assert s["holder_name"] == attained_teacher.legal_name
    assert s["framework"]["slug"] == "ictcft-v3" and s["framework"]["version"]
    assert s["level"]["code"] == "KA"
    assert [c["code"] for c in s["competencies"]] == [f"KA.{i}" for i in range(1, 7)]
    assert all(c["score"] == "92.50" and c["mastered_at"] for c in s["competencies"])
    assert s["issued_at"] and s["expires_at"] is None and certificate.expires_at is None
    assert s["issuer_name"] and "6 of 6" in s["evidence_summary"]
    assert certificate.status == CertificateStatus.VALID
    assert code_parse(certificate.code) == certificate.code
    assert certificate.pdf and certificate.credential_json
    assert json.loads(certificate.credential_json)["id"].endswith(f"/credentials/{certificate.code}.json")


def test_snapshot_is_frozen_against_later_name_changes(certificate, attained_teacher):
    attained_teacher.legal_name = "Someone Else"
    attained_teacher.save()
    certificate.refresh_from_db()
    assert certificate.snapshot["holder_name"] != "Someone Else"


def test_expiry_follows_the_level_policy(attained_teacher, level_ka):
    level_ka.validity_months = 24
    level_ka.save()
    cert = certificate_issue(user=attained_teacher, level=level_ka)
    assert cert.expires_at.year == cert.issued_at.year + 2
    assert cert.snapshot["expires_at"] == cert.expires_at.isoformat()


def test_issuing_twice_returns_the_same_certificate(certificate, attained_teacher, level_ka):
    again = certificate_issue(user=attained_teacher, level=level_ka)
    assert again.pk == certificate.pk
    assert Certificate.objects.filter(user=attained_teacher).count() == 1


def test_not_attained_is_refused_unless_manual(teacher, level_ka, trainer):
    with pytest.raises(CertificateError):
        certificate_issue(user=teacher, level=level_ka)
    assert not Certificate.objects.exists()
    cert = certificate_issue(user=teacher, level=level_ka, manual=True, issued_by=trainer)
    assert cert.manual and cert.issued_by == trainer and cert.snapshot["manual"] is True


def test_database_refuses_a_second_current_certificate(certificate):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            code="0000-0000-0000-0000-0",
            code_digest="x" * 64,
            user=certificate.user,
            level=certificate.level,
            framework_slug="ictcft-v3",
            framework_version="3",
        )


def test_a_higher_level_does_not_revoke_a_lower_one(certificate, attained_teacher, level_kd):
    attain(attained_teacher, level_kd)
    higher = certificate_issue(user=attained_teacher, level=level_kd)
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and higher.status == CertificateStatus.VALID


def test_reissue_supersedes_and_links_to_the_new_certificate(certificate, attained_teacher, trainer):
    attained_teacher.legal_name = "Corrected Name"
    attained_teacher.save()
    new = certificate_reissue(certificate=certificate, by=trainer)
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.SUPERSEDED and certificate.superseded_by == new
    assert new.snapshot["holder_name"] == "Corrected Name" and new.snapshot["replaces"] == certificate.code
    assert new.status == CertificateStatus.VALID and new.code != certificate.code
    with pytest.raises(CertificateError):
        certificate_reissue(certificate=certificate)


def test_revoke_records_date_reason_and_is_idempotent(certificate, trainer):
    certificate_revoke(certificate=certificate, reason="Exam misconduct", by=trainer)
    first = certificate.revoked_at
    certificate_revoke(certificate=certificate, reason="Other", by=trainer)
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revoked_at == first and certificate.revoke_reason == "Exam misconduct"
    with pytest.raises(CertificateError):
        certificate_revoke(certificate=certificate, reason="  ")


def test_level_attained_signal_issues_through_the_task(teacher, level_ka, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        attainment = attain(teacher, level_ka)
    cert = Certificate.objects.get(user=teacher, level=level_ka)
    assert cert.attainment == attainment and not cert.manual


def test_duplicate_attainment_events_issue_once(attained_teacher, level_ka):
    from certificates.tasks import certificate_issue_task

    attainment = LevelAttainment.objects.get(user=attained_teacher, level=level_ka)
    codes = {certificate_issue_task(attainment.pk) for _ in range(3)}
    assert len(codes) == 1
    assert Certificate.objects.filter(user=attained_teacher).count() == 1


def test_issue_command_by_hand_needs_a_requester_and_another_officer(teacher, trainer, framework_v3, make_user):
    from audit.models import AuditEvent

    officer = make_user("officer1", roles=("Teacher", "Certification officer"))
    other_officer = make_user("officer2", roles=("Teacher", "Certification officer"))
    args = {"user": teacher.username, "framework": "ictcft-v3", "level": "KA"}
    with pytest.raises(CommandError, match="requested-by"):
        call_command("issue_certificate", **args)
    with pytest.raises(CommandError, match="reason"):
        call_command("issue_certificate", **args, requested_by=officer.username)
    # Asking for oneself, or approving one's own request, is refused like in the admin.
    with pytest.raises(CommandError, match="your own certificate"):
        call_command(
            "issue_certificate", **{**args, "user": officer.username}, requested_by=officer.username, reason="x"
        )
    with pytest.raises(CommandError, match="another certification officer"):
        call_command(
            "issue_certificate", **args, requested_by=officer.username, approved_by=officer.username, reason="Prior"
        )
    assert not Certificate.objects.exists()
    out = io.StringIO()
    call_command(
        "issue_certificate",
        **args,
        requested_by=officer.username,
        approved_by=other_officer.username,
        reason="Prior",
        stdout=out,
    )
    code = out.getvalue().strip()
    cert = Certificate.objects.get(code=code)
    assert cert.manual and cert.user == teacher and cert.issued_by == other_officer
    assert cert.snapshot["approval"]["reason"] == "Prior"
    assert AuditEvent.objects.filter(action="certificate.issued", target_id=str(cert.pk)).exists()


def test_issue_command_without_approver_leaves_the_request_waiting(teacher, framework_v3, make_user):
    from certificates.models import CertificateRequest, RequestStatus

    officer = make_user("officer1", roles=("Teacher", "Certification officer"))
    err = io.StringIO()
    call_command(
        "issue_certificate",
        user=teacher.username,
        framework="ictcft-v3",
        level="KA",
        requested_by=officer.username,
        reason="Prior",
        stderr=err,
        stdout=io.StringIO(),
    )
    assert "waits for a certification officer" in err.getvalue() and not Certificate.objects.exists()
    assert CertificateRequest.objects.get().status == RequestStatus.PENDING


def test_revoke_command(certificate, make_user):
    officer = make_user("officer1", roles=("Teacher", "Certification officer"))
    admin = make_user("admin2", roles=("Administrator",))
    with pytest.raises(CommandError, match="requested-by"):
        call_command("revoke_certificate", certificate.code, reason="Identity fraud")
    out = io.StringIO()
    call_command(
        "revoke_certificate",
        certificate.code.lower(),
        reason="Identity fraud",
        requested_by=admin.username,
        approved_by=officer.username,
        stdout=out,
    )
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED and certificate.revoke_reason == "Identity fraud"
    assert certificate.revoked_by == officer
    with pytest.raises(CommandError):
        call_command(
            "revoke_certificate",
            "0000-0000-0000-0000-1",
            reason="x",
            requested_by=admin.username,
            approved_by=officer.username,
        )


@pytest.mark.django_db(transaction=True)
def test_concurrent_issuing_yields_one_current_certificate(make_user, framework_v3):
    level = framework_v3.levels.get(code="KA")
    user = make_user("racer")
    attain(user, level)
    codes, errors = [], []
    barrier = threading.Barrier(4)

    def worker():
        try:
            barrier.wait()
            codes.append(certificate_issue(user=user, level=level).code)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if connection.vendor == "sqlite":
        # SQLite serialises writers; a thread may see "database is locked", but never two certificates.
        errors = [e for e in errors if "locked" not in e]
    assert not errors
    assert len(set(codes)) == 1
    assert Certificate.objects.filter(user=user, level=level, is_current=True).count() == 1


def test_an_expired_certificate_is_renewed_by_issuing_again(client, certificate, attained_teacher, level_ka, trainer):
    from datetime import timedelta

    from django.utils import timezone

    from certificates.credentials import status_list_is_set

    level_ka.validity_months = 24
    level_ka.save()
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=timezone.now() - timedelta(days=1))
    renewed = certificate_issue(user=attained_teacher, level=level_ka, manual=True, issued_by=trainer)
    assert renewed.pk != certificate.pk and renewed.status == CertificateStatus.VALID
    assert renewed.expires_at.year == renewed.issued_at.year + 2
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.EXPIRED and not certificate.is_current
    # Issuing again now returns the renewal; the old code still answers EXPIRED, and is not marked revoked.
    assert certificate_issue(user=attained_teacher, level=level_ka).pk == renewed.pk
    old_page = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "EXPIRED" in old_page and f"Followed by certificate {renewed.code}" in old_page
    assert f"Earlier certificate {certificate.code}" in client.get(renewed.get_absolute_url()).content.decode()
    listed = json.loads(client.get(f"/credentials/status/{certificate.status_list_id}.json").content)
    encoded = listed["credentialSubject"]["encodedList"]
    assert not status_list_is_set(encoded=encoded, index=certificate.status_list_position)


def test_issue_command_renews_an_expired_certificate(certificate, attained_teacher):
    from datetime import timedelta

    from django.utils import timezone

    Certificate.objects.filter(pk=certificate.pk).update(expires_at=timezone.now() - timedelta(days=1))
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "issue_certificate", user=attained_teacher.username, framework="ictcft-v3", level="KA", stdout=out, stderr=err
    )
    code = out.getvalue().strip()
    assert code != certificate.code and Certificate.objects.get(code=code).status == CertificateStatus.VALID
    assert "already holds" not in err.getvalue()


def test_the_retry_of_failed_issuing_is_scheduled_once_and_leaves_issued_levels_alone(db, certificate):
    from django_q.models import Schedule

    from certificates.receivers import PENDING_SCHEDULE_NAME
    from certificates.services import certificates_issue_pending

    schedule = Schedule.objects.get(name=PENDING_SCHEDULE_NAME)
    assert schedule.func == "certificates.tasks.certificates_issue_pending_task" and schedule.minutes == 5
    assert certificates_issue_pending(older_than_seconds=0) == 0, "an attainment with its certificate is done"
