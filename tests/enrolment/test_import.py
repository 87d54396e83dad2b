"""Applying a teacher list: accounts matched or created, invitations e-mailed in each teacher's language, a code
sheet for teachers without e-mail, and nothing new the second time."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.models import User
from cohorts.models import CohortMembership
from enrolment.models import BulkImport, CohortInvitation, InvitationStatus, SignInCode

from .conftest import csv_bytes

pytestmark = pytest.mark.django_db

FILE = csv_bytes(
    "Amina Njoroge,amina@example.org,,Riverside Primary,Nairobi,Riverside 2027,fr",
    "Layla Haddad,layla@example.org,,Ibn Khaldoun,Sfax,Riverside 2027,ar",
    "Karim Haddad,,+216 20 123 456,Ibn Khaldoun,Sfax,Riverside 2027,ar",
    "Existing Person,TEACHER1@example.org,,,,Riverside 2027,",
)


def _upload(client, data=FILE, name="teachers.csv"):
    return client.post("/enrolment/import/", {"file": SimpleUploadedFile(name, data, content_type="text/csv")})


@pytest.fixture(autouse=True)
def _commits(django_capture_on_commit_callbacks):
    """The invitation e-mails leave after the transaction commits (the test's own transaction never does)."""
    global _on_commit
    _on_commit = django_capture_on_commit_callbacks


def _apply(client, data=FILE):
    response = _upload(client, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    preview_url = response["Location"]
    preview = client.get(preview_url)
    with _on_commit(execute=True):
        done = client.post(preview_url, follow=True)
    return preview, done


def test_trainer_import_creates_accounts_invites_and_fills_the_cohort_on_acceptance(client, trainer, teacher, cohort):
    client.force_login(trainer)
    preview, done = _apply(client)
    html = preview.content.decode()
    assert "Lines" in html and "Invitations" in html and "New accounts" not in html  # a trainer sees no account count
    amina = User.objects.get(email="amina@example.org")
    assert (amina.legal_name, amina.school, amina.region, amina.preferred_language) == (
        "Amina Njoroge",
        "Riverside Primary",
        "Nairobi",
        "fr",
    )
    assert not amina.has_usable_password() and amina.groups.filter(name="Teacher").exists()
    karim = User.objects.get(phone="+21620123456")
    assert karim.email == "" and karim.legal_name == "Karim Haddad"
    # Nobody is in the cohort yet: four invitations wait, the existing account's among them (matched, not doubled).
    assert User.objects.filter(email__iexact="teacher1@example.org").count() == 1
    assert CohortMembership.objects.filter(cohort=cohort).count() == 0
    assert CohortInvitation.objects.filter(cohort=cohort, status=InvitationStatus.PENDING).count() == 4
    assert "4 invitations sent." in done.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == ["amina@example.org", "layla@example.org", "teacher1@example.org"]


def test_the_same_file_twice_creates_nothing_new(client, trainer, teacher, cohort):
    client.force_login(trainer)
    _apply(client)
    counts = (User.objects.count(), CohortInvitation.objects.count(), len(mail.outbox), SignInCode.objects.count())
    _apply(client)
    assert (User.objects.count(), CohortInvitation.objects.count(), len(mail.outbox), SignInCode.objects.count()) == (
        counts
    )
    assert BulkImport.objects.filter(applied_at__isnull=False).count() == 2


def test_an_administrator_adds_directly_and_sees_new_account_counts(client, administrator, teacher, cohort):
    client.force_login(administrator)
    preview, done = _apply(client)
    assert "New accounts" in preview.content.decode()
    assert CohortMembership.objects.filter(cohort=cohort).count() == 4
    assert "4 teachers added to their cohorts." in done.content.decode()
    assert any("You were added" in m.subject for m in mail.outbox)


def test_invitation_emails_are_in_each_teachers_language(client, trainer, cohort):
    client.force_login(trainer)
    _apply(client)
    by_address = {m.to[0]: m for m in mail.outbox}
    french, arabic = by_address["amina@example.org"], by_address["layla@example.org"]
    assert french.subject.startswith("Formation des enseignants ICT-CFT")
    assert "Formation des enseignants ICT-CFT" in french.body and "Riverside 2027" in french.body
    assert arabic.subject.startswith("تدريب المعلمين وفق ICT-CFT")
    assert "تدريب المعلمين وفق ICT-CFT" in arabic.body
    # A new account's e-mail carries a one-time sign-in link; its code is stored only as a hash.
    assert "/enrolment/code/?code=" in french.body
    code = french.body.split("?code=")[1].split()[0]
    assert not SignInCode.objects.filter(digest__contains=code.replace("-", "")).exists()


def test_existing_accounts_with_a_password_get_no_code_by_email(client, trainer, teacher, cohort):
    client.force_login(trainer)
    _apply(client)
    message = next(m for m in mail.outbox if m.to == ["teacher1@example.org"])
    assert "?code=" not in message.body and "/enrolment/invitations/" in message.body


def test_the_code_sheet_prints_a_code_per_teacher_without_email(client, trainer, cohort):
    client.force_login(trainer)
    _apply(client)
    upload = BulkImport.objects.get()
    sheet = client.post(f"/enrolment/import/{upload.uuid}/sheet/", {"format": "html"})
    html = sheet.content.decode()
    assert sheet.status_code == 200 and sheet["Cache-Control"] == "no-store"
    assert "Karim Haddad" in html and "Amina" not in html
    code = html.split('class="code-value" dir="ltr">')[1].split("<")[0]
    pdf = client.post(f"/enrolment/import/{upload.uuid}/sheet/", {"format": "pdf"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    # Printing again replaced the first sheet's codes.
    client.logout()
    response = client.post("/enrolment/code/", {"code": code})
    assert response.status_code == 400


def test_a_sheet_never_hands_a_working_code_for_an_account_that_has_a_password(client, trainer, make_user, cohort):
    """A trainer who types a colleague's phone number gets a card that looks the same and opens nothing."""
    colleague = make_user("colleague", phone="+21620999888")
    client.force_login(trainer)
    _apply(client, csv_bytes("Colleague,,+216 20 999 888,,,Riverside 2027,"))
    upload = BulkImport.objects.get()
    html = client.post(f"/enrolment/import/{upload.uuid}/sheet/", {"format": "html"}).content.decode()
    code = html.split('class="code-value" dir="ltr">')[1].split("<")[0]
    assert len(code) == 14 and not SignInCode.objects.filter(user=colleague).exists()
    client.logout()
    assert client.post("/enrolment/code/", {"code": code}).status_code == 400
