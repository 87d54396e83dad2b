"""Who opens an artefact, its files and its thread: every role against each visibility (ADR 0201)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portfolio.services import artefact_create, artefact_share

pytestmark = pytest.mark.django_db

ROLES = ("owner", "classmate", "trainer", "mentor", "reviewer", "administrator", "stranger", "anonymous")
# status of the artefact page, its original file and its light version, per visibility and role
SEEN_BY = {
    "private": {"owner"},
    "cohort": {"owner", "classmate", "trainer", "mentor", "administrator"},
}


@pytest.fixture
def photo(people, django_capture_on_commit_callbacks):
    from tests.portfolio.conftest import jpeg

    with django_capture_on_commit_callbacks(execute=True):
        return artefact_create(owner=people.owner, title="Group work", upload=jpeg(width=800, height=600))


def _as(client, people, role):
    client.logout()
    if role != "anonymous":
        client.force_login(getattr(people, role))


@pytest.mark.parametrize("visibility", ["private", "cohort"])
def test_each_role_opens_what_the_visibility_allows(client, people, photo, visibility):
    artefact_share(artefact=photo, user=people.owner, visibility=visibility)
    urls = [reverse(f"portfolio:{name}", kwargs={"artefact": photo.uuid}) for name in ("detail", "file", "light")]
    for role in ROLES:
        _as(client, people, role)
        for url in urls:
            status = client.get(url).status_code
            expected = 302 if role == "anonymous" else 200 if role in SEEN_BY[visibility] else 404
            assert status == expected, f"{role} GET {url}: {status}"


def test_a_file_cannot_run_as_a_page(client, people):
    plan = SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", content_type="x")
    artefact = artefact_create(owner=people.owner, title="Plan", upload=plan)
    client.force_login(people.owner)
    response = client.get(reverse("portfolio:file", kwargs={"artefact": artefact.uuid}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_cohort_page_shows_shared_artefacts_to_members_and_trainers_only(client, people, photo):
    url = reverse("portfolio:cohort", kwargs={"pk": people.cohort.pk})
    artefact_share(artefact=photo, user=people.owner, visibility="cohort")
    for role, status in [("classmate", 200), ("trainer", 200), ("administrator", 200), ("stranger", 404)]:
        _as(client, people, role)
        response = client.get(url)
        assert response.status_code == status, role
        if status == 200:
            assert "Group work" in response.content.decode()
    artefact_share(artefact=photo, user=people.owner, visibility="private")
    _as(client, people, "classmate")
    assert "Group work" not in client.get(url).content.decode()


def test_only_the_owner_changes_or_deletes(client, people, photo):
    for role in ("classmate", "trainer", "mentor", "administrator"):
        _as(client, people, role)
        for name in ("share", "delete"):
            url = reverse(f"portfolio:{name}", kwargs={"artefact": photo.uuid})
            assert client.post(url, {"visibility": "cohort"}).status_code == 404, (role, name)
    _as(client, people, "owner")
    client.post(reverse("portfolio:delete", kwargs={"artefact": photo.uuid}))
    from portfolio.models import Artefact

    assert not Artefact.objects.exists()


def test_shared_with_me_lists_what_a_person_may_open(client, people, photo):
    artefact_share(artefact=photo, user=people.owner, visibility="cohort")
    for role, shown in [("classmate", True), ("mentor", True), ("trainer", True), ("stranger", False)]:
        _as(client, people, role)
        assert ("Group work" in client.get(reverse("portfolio:mine")).content.decode()) is shown, role
