"""Every new view against every role: anonymous, teacher, trainer of the cohort, trainer of another, administrator."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from enrolment.models import BulkImport, CohortInvitation

from .conftest import csv_bytes

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "teacher", "trainer", "other_trainer", "administrator"]


@pytest.fixture
def people(teacher, trainer, other_trainer, administrator):
    return {"teacher": teacher, "trainer": trainer, "other_trainer": other_trainer, "administrator": administrator}


def _login(client, people, role):
    if role != "anonymous":
        client.force_login(people[role])


IMPORT_PAGES = {"anonymous": 302, "teacher": 403, "trainer": 200, "other_trainer": 200, "administrator": 200}


@pytest.mark.parametrize("role", ROLES)
def test_import_page_and_template(client, people, cohort, role):
    _login(client, people, role)
    for url in ("/enrolment/import/", "/enrolment/import/template.csv"):
        response = client.get(url)
        assert response.status_code == IMPORT_PAGES[role], (role, url)
        if response.status_code == 302:
            assert "/accounts/login/" in response["Location"]
    if role in ("trainer", "administrator"):
        text = client.get("/enrolment/import/template.csv").content.decode("utf-8-sig")
        assert text.splitlines()[0] == "name,email,phone,school,region,cohort,language"


# Filling the trainer's cohort: its trainer (invitations) and an administrator (direct). The other trainer's file is
# refused with the line named; the teacher and the anonymous visitor never reach the check.
FILL = {"anonymous": 302, "teacher": 403, "trainer": 302, "other_trainer": 400, "administrator": 302}


@pytest.mark.parametrize("role", ROLES)
def test_filling_a_cohort_by_role(client, people, cohort, role):
    _login(client, people, role)
    data = csv_bytes("Amina,amina@example.org,,,,Riverside 2027,")
    response = client.post("/enrolment/import/", {"file": SimpleUploadedFile("a.csv", data)})
    assert response.status_code == FILL[role]
    if role == "other_trainer":
        assert "you do not train the cohort" in response.content.decode()
    if response.status_code == 302 and role != "anonymous":
        assert client.post(response["Location"]).status_code == 302
        assert CohortInvitation.objects.filter(cohort=cohort).count() == 1
    else:
        assert not CohortInvitation.objects.exists()


# An import belongs to its uploader: another person gets 404 (its existence is not confirmed), a teacher 403.
OTHERS_IMPORT = {"anonymous": 302, "teacher": 403, "trainer": 200, "other_trainer": 404, "administrator": 404}


@pytest.mark.parametrize("role", ROLES)
def test_an_import_is_seen_only_by_its_uploader(client, people, cohort, trainer, role):
    client.force_login(trainer)
    data = csv_bytes("Karim,,+21620123456,,,Riverside 2027,")
    location = client.post("/enrolment/import/", {"file": SimpleUploadedFile("a.csv", data)})["Location"]
    client.logout()
    upload = BulkImport.objects.get()
    _login(client, people, role)
    assert client.get(location).status_code == OTHERS_IMPORT[role]
    assert client.post(location).status_code == (302 if role == "trainer" else OTHERS_IMPORT[role])
    sheet = client.post(f"/enrolment/import/{upload.uuid}/sheet/", {"format": "html"})
    assert sheet.status_code == OTHERS_IMPORT[role]
    assert client.get(f"/enrolment/import/{upload.uuid}/done/").status_code == OTHERS_IMPORT[role]


TEACHER_PAGES = {"anonymous": 302, "teacher": 200, "trainer": 200, "other_trainer": 200, "administrator": 200}


@pytest.mark.parametrize("role", ROLES)
def test_teacher_pages_by_role(client, people, role):
    _login(client, people, role)
    assert client.get("/enrolment/invitations/").status_code == TEACHER_PAGES[role]
    # Choosing a password after a code: every one of these accounts has a password already, so they are sent on.
    assert client.get("/enrolment/welcome/").status_code == 302
    assert client.get("/enrolment/code/").status_code == 200  # the way in: open to everyone


@pytest.mark.parametrize("role", ROLES)
def test_only_the_invited_person_answers(client, people, cohort, trainer, make_user, role):
    invited = make_user("invitee")
    invitation = CohortInvitation.objects.create(cohort=cohort, user=invited, invited_by=trainer, invited_as="x")
    _login(client, people, role)
    response = client.post(f"/enrolment/invitations/{invitation.pk}/accept/")
    assert response.status_code == 302
    assert not cohort.memberships.exists()
    client.force_login(invited)
    client.post(f"/enrolment/invitations/{invitation.pk}/accept/")
    assert cohort.memberships.filter(user=invited).exists()
