"""Adding an existing account to a cohort asks them first; the trainer's answer never says who is registered."""

import re

import pytest
from django.core import mail

from accounts.models import User
from cohorts.models import CohortMembership
from cohorts.selectors.cohort import cohort_members, cohort_size
from enrolment.models import CohortInvitation, InvitationStatus

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _commits(django_capture_on_commit_callbacks):
    """The invitation e-mails leave after the transaction commits (the test's own transaction never does)."""
    global _on_commit
    _on_commit = django_capture_on_commit_callbacks


def _invite(client, cohort, identifiers):
    with _on_commit(execute=True):
        return client.post(f"/cohorts/{cohort.pk}/members/add/", {"identifiers": identifiers}, follow=True)


def _messages(response) -> str:
    return re.search(r'<ul class="messages".*?</ul>', response.content.decode(), re.S).group(0)


def test_an_invited_teacher_is_not_in_reports_until_accepting(client, trainer, teacher, cohort, framework_v3):
    client.force_login(trainer)
    _invite(client, cohort, "teacher1@example.org")
    assert cohort_size(cohort=cohort) == 0 and not cohort_members(cohort=cohort).exists()
    report = client.get(f"/cohorts/{cohort.pk}/reports/teachers/?format=csv").content.decode("utf-8-sig")
    assert "teacher1" not in report
    assert [m.to for m in mail.outbox] == [["teacher1@example.org"]]

    client.force_login(teacher)
    page = client.get("/enrolment/invitations/").content.decode()
    assert "Riverside 2027" in page
    invitation = CohortInvitation.objects.get(user=teacher)
    response = client.post(f"/enrolment/invitations/{invitation.pk}/accept/")
    assert response.status_code == 302
    assert cohort_size(cohort=cohort) == 1
    client.force_login(trainer)
    report = client.get(f"/cohorts/{cohort.pk}/reports/teachers/?format=csv").content.decode("utf-8-sig")
    assert "teacher1" in report


def test_a_declining_teacher_stays_out(client, trainer, teacher, cohort):
    client.force_login(trainer)
    _invite(client, cohort, "teacher1@example.org")
    client.force_login(teacher)
    invitation = CohortInvitation.objects.get(user=teacher)
    client.post(f"/enrolment/invitations/{invitation.pk}/decline/")
    assert CohortInvitation.objects.get(pk=invitation.pk).status == InvitationStatus.DECLINED
    assert not CohortMembership.objects.filter(cohort=cohort).exists()
    # Answered once: a replayed accept does nothing.
    client.post(f"/enrolment/invitations/{invitation.pk}/accept/")
    assert not CohortMembership.objects.filter(cohort=cohort).exists()


def test_the_invitation_shows_in_the_app_on_the_next_log_in(client, trainer, teacher, cohort):
    client.force_login(trainer)
    _invite(client, cohort, "teacher1@example.org")
    client.logout()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=teacher, email=teacher.email, primary=True, verified=True)
    response = client.post("/accounts/login/", {"login": "teacher1", "password": "pw-for-tests-1"}, follow=True)
    assert "invited you to join a cohort" in response.content.decode()


def test_a_teacher_cannot_answer_someone_elses_invitation(client, trainer, teacher, make_user, cohort):
    client.force_login(trainer)
    _invite(client, cohort, "teacher1@example.org")
    intruder = make_user("intruder")
    client.force_login(intruder)
    invitation = CohortInvitation.objects.get(user=teacher)
    client.post(f"/enrolment/invitations/{invitation.pk}/accept/")
    assert not CohortMembership.objects.exists()


def test_an_administrator_adds_an_existing_teacher_directly(client, administrator, teacher, cohort):
    client.force_login(administrator)
    _invite(client, cohort, "teacher1")
    assert CohortMembership.objects.filter(cohort=cohort, user=teacher).exists()


def test_a_trainer_invites_by_email_address_only(client, trainer, teacher, cohort):
    client.force_login(trainer)
    known = _messages(_invite(client, cohort, "teacher1"))
    assert "is not an e-mail address" in known and not CohortInvitation.objects.exists()
    unknown = _messages(_invite(client, cohort, "nobody-at-all"))
    assert known.replace("teacher1", "X") == unknown.replace("nobody-at-all", "X")


def _normalised(html: str, address: str) -> str:
    html = html.replace(address, "ADDRESS")
    html = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID", html)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_registered_and_unregistered_addresses_get_the_same_answer(client, trainer, teacher, cohort):
    client.force_login(trainer)
    known = _invite(client, cohort, "teacher1@example.org")
    unknown = _invite(client, cohort, "stranger@example.org")
    assert known.status_code == unknown.status_code == 200
    assert "1 invitation sent" in _messages(known)
    assert _messages(known) == _messages(unknown)
    # The unknown address got an account and an e-mail with a sign-in link; the trainer cannot tell the two apart.
    assert User.objects.filter(email="stranger@example.org").exists()
    assert {m.to[0] for m in mail.outbox} == {"teacher1@example.org", "stranger@example.org"}


def test_the_bulk_import_answers_the_same_for_registered_and_unregistered(client, trainer, teacher, cohort):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .conftest import csv_bytes

    client.force_login(trainer)
    pages = []
    for address in ("teacher1@example.org", "stranger@example.org"):
        data = csv_bytes(f"Some One,{address},,,,Riverside 2027,")
        response = client.post("/enrolment/import/", {"file": SimpleUploadedFile("a.csv", data)})
        preview = client.get(response["Location"]).content.decode()
        with _on_commit(execute=True):
            done = client.post(response["Location"], follow=True).content.decode()
        pages.append((preview, done))
    for i in (0, 1):
        assert _normalised(pages[0][i], "teacher1@example.org").replace("a.csv", "") == _normalised(
            pages[1][i], "stranger@example.org"
        ).replace("a.csv", "")


def test_the_old_cohort_csv_invites_for_a_trainer(client, trainer, teacher, cohort):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(trainer)
    upload = SimpleUploadedFile("t.csv", b"email\nteacher1@example.org\nnew@example.org\n")
    with _on_commit(execute=True):
        response = client.post(f"/cohorts/{cohort.pk}/members/import/", {"file": upload}, follow=True)
    html = response.content.decode()
    assert "2 invitations sent" in html
    assert not CohortMembership.objects.exists() and CohortInvitation.objects.count() == 2
