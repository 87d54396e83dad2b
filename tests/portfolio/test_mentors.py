"""Mentor groups, the thread per artefact and the mentor's note on the competency page (ADR 0202)."""

import pytest
from django.urls import reverse

from portfolio.models import MentorGroupMember, Message
from portfolio.selectors import mentor_of
from portfolio.services import PortfolioError, artefact_create, mentor_group_create, mentor_note_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(people):
    return artefact_create(owner=people.owner, title="Plan", kind="reflection", text="My plan", visibility="cohort")


def _post(client, user, artefact, body):
    client.force_login(user)
    return client.post(reverse("portfolio:message", kwargs={"artefact": artefact.uuid}), {"body": body})


def test_owner_and_mentor_talk_both_ways(client, people, shared):
    assert _post(client, people.mentor, shared, "Which tablets did you use?").status_code == 302
    assert _post(client, people.owner, shared, "The two school tablets.").status_code == 302
    page = client.get(shared.get_absolute_url()).content.decode()
    assert page.index("Which tablets") < page.index("The two school tablets")
    client.force_login(people.mentor)
    assert "The two school tablets" in client.get(shared.get_absolute_url()).content.decode()


def test_others_neither_read_nor_write_the_thread(client, people, shared):
    for user in (people.classmate, people.trainer, people.stranger):
        assert _post(client, user, shared, "hello").status_code == 404
        client.force_login(user)
        page = client.get(shared.get_absolute_url())
        assert "Conversation with the mentor" not in page.content.decode()
    assert not Message.objects.exists()


def test_no_html_or_script_survives_in_a_post(client, people, shared):
    _post(client, people.mentor, shared, '<p onclick="x()">Nice <b>work</b></p><script>steal()</script> & more')
    assert Message.objects.get().body == "Nice work & more"
    page = client.get(shared.get_absolute_url()).content.decode()
    assert "steal()" not in page and "onclick" not in page and "Nice work &amp; more" in page


def test_flooding_is_throttled_per_account(client, people, shared, settings):
    settings.PORTFOLIO_MESSAGES_PER_MINUTE = 3
    for n in range(3):
        assert _post(client, people.mentor, shared, f"note {n}").status_code == 302
    response = _post(client, people.mentor, shared, "one too many")
    assert response.status_code == 429
    assert Message.objects.count() == 3
    assert _post(client, people.owner, shared, "my answer").status_code == 302  # the other side is not held back


def test_an_erased_mentors_posts_stay_as_a_former_member(client, people, shared):
    from privacy.services.erasure import account_erase

    _post(client, people.mentor, shared, "Try pair work next time.")
    account_erase(user=people.mentor)
    client.force_login(people.owner)
    page = client.get(shared.get_absolute_url()).content.decode()
    assert "Try pair work next time." in page and "a former member" in page
    assert "former-member-" not in page


def test_a_deleted_accounts_posts_stay_as_a_former_member(client, people, shared):
    _post(client, people.mentor, shared, "Keep going.")
    people.mentor.delete()
    client.force_login(people.owner)
    page = client.get(shared.get_absolute_url()).content.decode()
    assert "Keep going." in page and "a former member" in page


def test_a_teacher_mentor_must_hold_a_level_above_the_target(people, make_user):
    from cohorts.models import CohortMembership

    peer = make_user("peer")
    CohortMembership.objects.create(cohort=people.cohort, user=peer)
    with pytest.raises(PortfolioError):
        mentor_group_create(cohort=people.cohort, mentor=peer, teachers=[people.classmate], by=people.trainer)
    # the cohort's trainer may, and the mentor holding KD already does
    mentor_group_create(cohort=people.cohort, mentor=people.trainer, teachers=[people.classmate], by=people.trainer)
    assert mentor_of(mentor=people.trainer, teacher=people.classmate)
    assert mentor_of(mentor=people.mentor, teacher=people.owner)
    assert not mentor_of(mentor=people.mentor, teacher=people.classmate)


def test_groups_are_small_and_of_the_cohort(people, make_user, settings):
    settings.MENTOR_GROUP_MAX = 2
    with pytest.raises(PortfolioError):  # the stranger is not in the cohort
        mentor_group_create(cohort=people.cohort, mentor=people.mentor, teachers=[people.stranger], by=people.trainer)
    with pytest.raises(PortfolioError):  # only its trainers set groups up
        mentor_group_create(cohort=people.cohort, mentor=people.mentor, teachers=[people.classmate], by=people.owner)
    mentor_group_create(cohort=people.cohort, mentor=people.mentor, teachers=[people.classmate], by=people.trainer)
    from cohorts.models import CohortMembership

    third = make_user("third")
    CohortMembership.objects.create(cohort=people.cohort, user=third)
    with pytest.raises(PortfolioError):
        mentor_group_create(cohort=people.cohort, mentor=people.mentor, teachers=[third], by=people.trainer)
    assert MentorGroupMember.objects.filter(group=people.group).count() == 2


def test_trainer_sets_up_a_group_on_the_cohorts_page(client, people):
    url = reverse("portfolio:cohort_mentors", kwargs={"pk": people.cohort.pk})
    client.force_login(people.trainer)
    assert url in client.get(reverse("portfolio:mine")).content.decode()  # reached from their portfolio page
    page = client.get(url).content.decode()
    assert "Mentor" in page and "Stranger" not in page
    response = client.post(url, {"mentor": people.mentor.pk, "teachers": [people.classmate.pk]})
    assert response.status_code == 302
    assert mentor_of(mentor=people.mentor, teacher=people.classmate)
    client.force_login(people.classmate)
    assert url not in client.get(reverse("portfolio:mine")).content.decode()
    assert client.get(url).status_code == 403
    client.force_login(people.stranger)
    assert client.get(url).status_code == 404


def test_the_mentors_note_shows_on_the_teachers_competency_page(client, people):
    ka1 = people.framework.competencies.get(code="KA.1")
    client.force_login(people.mentor)
    url = reverse("portfolio:mentee", kwargs={"user_id": people.owner.pk})
    assert client.post(url, {"body": "Strong lesson plans; try <i>more</i> pair work."}).status_code == 302
    assert client.post(url, {"body": "Good use of the projector.", "competency": ka1.pk}).status_code == 302
    client.force_login(people.owner)
    page = client.get(reverse("cms_profile:competencies")).content.decode()
    assert "From your mentor" in page
    assert "Strong lesson plans; try more pair work." in page
    assert "Good use of the projector." in page and "KA.1" in page
    client.force_login(people.classmate)  # no mentor: no section
    assert "From your mentor" not in client.get(reverse("cms_profile:competencies")).content.decode()


def test_only_a_mentor_writes_a_note(client, people):
    with pytest.raises(PortfolioError):
        mentor_note_save(mentor=people.trainer, teacher=people.owner, body="x")
    client.force_login(people.trainer)
    assert client.get(reverse("portfolio:mentee", kwargs={"user_id": people.owner.pk})).status_code == 404


def test_a_mentor_message_notifies_through_the_seam(people, shared, django_capture_on_commit_callbacks, monkeypatch):
    """portfolio.notify forwards to notifications when installed; here we record what it is handed."""
    sent = []
    monkeypatch.setattr("portfolio.services.notify", lambda **kw: sent.append(kw))
    from portfolio.services import message_post

    with django_capture_on_commit_callbacks(execute=True):
        message_post(artefact=shared, author=people.mentor, body="Well done")
    assert [(s["recipient"], s["kind"]) for s in sent] == [(people.owner, "mentor.message")]
