"""A teacher erases their account: personal data goes, figures and certificates stay true (ADR 0151)."""

import os

import pytest
from django.contrib.auth import get_user_model

from audit.models import AuditEvent
from certificates.models import CertificateRequest
from certificates.services import certificate_request_approve
from privacy.models import Erasure
from privacy.services.erasure import ErasureError, account_erase

User = get_user_model()


def test_erasure_pseudonymises_keeps_figures_and_certificates_verify(db, client, rich_teacher, make_user):
    upload = rich_teacher.attempt.answers.get().file.path
    code = rich_teacher.certificate.code
    client.force_login(rich_teacher)
    page = client.get("/me/privacy/erase/")
    assert page.status_code == 200
    wrong = client.post("/me/privacy/erase/", {"password": "not-it", "understood": "on"})
    assert "That is not your password" in wrong.content.decode()
    response = client.post(
        "/me/privacy/erase/", {"password": "pw-for-tests-1", "understood": "on", "revoke_certificates": "on"}
    )
    assert response.status_code == 302 and response["Location"] == "/privacy/"

    user = User.objects.get(pk=rich_teacher.pk)
    assert user.username == f"former-member-{user.pk}"
    assert (user.email, user.legal_name, user.school, user.region) == ("", "", "", "")
    assert not user.is_active and not user.has_usable_password()
    assert not os.path.exists(upload)
    # the essay was the teacher's own writing: its text goes with the upload, the answer and its place stay
    answer = user.attempts.get().answers.get()
    assert answer.response == {"text": ""} and not answer.file
    # attempts and evidence stay under the pseudonym, so cohort figures do not change
    assert user.attempts.count() == 1 and user.evidence.exists() and user.cohort_memberships.count() == 1
    # the certificate still verifies with the name it was issued to
    verify = client.get(f"/verify/{code}/")
    assert verify.status_code == 200 and "Amina Njoroge" in verify.content.decode()
    # signed out, and cannot sign in again
    assert client.get("/me/privacy/").status_code == 302
    assert not client.login(username="amina", password="pw-for-tests-1")
    # one audit event, under the pseudonym, not the old name
    event = AuditEvent.objects.get(action="account.erased")
    assert event.target_label == user.username and event.data["revoke_wished"] is True
    assert "amina" not in str(event.data).lower()

    # A certification officer takes the wish up; another approves it (nobody asks for themselves, ADR 0113).
    first = make_user("officer-a", roles=("Teacher", "Certification officer"))
    second = make_user("officer-b", roles=("Teacher", "Certification officer"))
    client.force_login(first)
    listing = client.get("/admin/revocation-wishes/").content.decode()
    assert user.username in listing and code in listing
    erasure = Erasure.objects.get(user=user)
    client.post(f"/admin/revocation-wishes/{erasure.pk}/ask/")
    request = CertificateRequest.objects.get(certificate__code=code)
    assert request.requested_by == first and request.kind == "revoke"
    assert user.username not in client.get("/admin/revocation-wishes/").content.decode()
    certificate_request_approve(request_id=request.pk, approver=second)
    assert "REVOKED" in client.get(f"/verify/{code}/").content.decode().upper()


def test_the_last_administrator_cannot_erase_themselves(db, client, administrator, make_user):
    client.force_login(administrator)
    response = client.post("/me/privacy/erase/", {"password": "pw-for-tests-1", "understood": "on"})
    assert response.status_code == 200
    assert "only administrator" in response.content.decode()
    assert User.objects.get(pk=administrator.pk).username == "admin1"
    assert not AuditEvent.objects.filter(action="account.erased").exists()
    # with a second administrator it goes through
    make_user("admin2", roles=("Administrator",))
    account_erase(user=administrator)
    assert User.objects.get(pk=administrator.pk).username.startswith("former-member-")


def test_an_account_is_erased_once(db, teacher):
    account_erase(user=teacher)
    with pytest.raises(ErasureError):
        account_erase(user=User.objects.get(pk=teacher.pk))


def test_the_form_needs_the_confirmation(db, client, teacher):
    client.force_login(teacher)
    response = client.post("/me/privacy/erase/", {"password": "pw-for-tests-1"})
    assert response.status_code == 200
    assert User.objects.get(pk=teacher.pk).username == "teacher1"


def test_roles_other_than_teacher_go(db, make_user):
    trainer = make_user("trainer7", roles=("Teacher", "Trainer"))
    account_erase(user=trainer)
    assert list(User.objects.get(pk=trainer.pk).groups.values_list("name", flat=True)) == ["Teacher"]
