"""The portfolio list costs the same few queries however many artefacts it shows; personal data export and
erasure."""

import pytest
from django.urls import reverse

from portfolio.models import Artefact, MentorNote, Message
from portfolio.services import artefact_create, mentor_note_save, message_post

pytestmark = pytest.mark.django_db


def _fill(people, n: int) -> None:
    ka = list(people.framework.competencies.filter(level=people.ka)[:3])
    for owner in (people.owner, people.classmate):
        for i in range(n):
            artefact_create(
                owner=owner,
                title=f"{owner.username} {i}",
                kind="reflection",
                text="t",
                competencies=ka,
                visibility="cohort",
            )


@pytest.mark.parametrize("n", [1, 12])
def test_portfolio_list_queries_do_not_grow_with_artefacts(client, people, django_assert_max_num_queries, n):
    _fill(people, n)
    client.force_login(people.owner)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("portfolio:mine"))
    page = response.content.decode()
    assert page.count('class="card"') == 2 * n  # mine, then the classmate's shared with me
    assert "KA.1" in page


@pytest.mark.parametrize("n", [1, 12])
def test_cohort_portfolio_queries_do_not_grow_with_artefacts(client, people, django_assert_max_num_queries, n):
    _fill(people, n)
    client.force_login(people.trainer)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("portfolio:cohort", kwargs={"pk": people.cohort.pk}))
    assert response.content.decode().count('class="card"') == 2 * n


def test_export_holds_the_artefacts_and_their_files(people, django_capture_on_commit_callbacks):
    from privacy.registry import personal_data_parts
    from tests.portfolio.conftest import jpeg

    with django_capture_on_commit_callbacks(execute=True):
        artefact_create(owner=people.owner, title="Board", upload=jpeg(width=300, height=200))
    part = next(p for p in personal_data_parts() if p.name == "portfolio")
    data = part.export(user=people.owner)
    assert [a["title"] for a in data["artefacts"]] == ["Board"]
    files = part.files(user=people.owner)
    assert len(files) == 1 and files[0][0].endswith("class.jpg")


def test_erasure_deletes_artefacts_and_keeps_what_others_read(client, people):
    from privacy.services.erasure import account_erase

    mine = artefact_create(owner=people.owner, title="Mine", kind="reflection", text="x", visibility="cohort")
    theirs = artefact_create(owner=people.owner, title="Plan", kind="reflection", text="y", visibility="cohort")
    message_post(artefact=mine, author=people.mentor, body="Good")
    mentor_note_save(mentor=people.mentor, teacher=people.owner, body="Keep going")
    # the mentor, erased, leaves their words in the owner's thread
    account_erase(user=people.mentor)
    assert Message.objects.filter(artefact=mine, author=people.mentor).exists()
    client.force_login(people.owner)
    page = client.get(reverse("cms_profile:competencies")).content.decode()
    assert "Keep going" in page and "a former member" in page
    # the owner, erased, takes their artefacts (and the threads on them) away
    account_erase(user=people.owner)
    assert not Artefact.objects.filter(pk__in=[mine.pk, theirs.pk]).exists()
    assert not Message.objects.exists() and not MentorNote.objects.exists()
