"""Discussions: who reads, posts and moderates; replies, mentions, helpful answers, reports, hiding, locking,
flooding, former members, offline-friendly pages and constant queries (ADR 0191)."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from discussion.models import Post, Report, Thread
from discussion.permissions import Place
from discussion.services import post_create, post_report, thread_create
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def _cohort_thread(cohort, author, title="Week one"):
    return thread_create(user=author, place=Place(kind="cohort", cohort=cohort), title=title, body="Hello all")


def _post(client, thread, body, **extra):
    return client.post(reverse("discussion:thread", args=[thread.pk]), {"body": body, **extra})


def test_a_teacher_starts_a_lesson_discussion_and_the_lesson_links_to_it(client, teacher, lesson):
    client.force_login(teacher)
    assert "Discussion: ask a question" in client.get(lesson.url).content.decode()
    response = client.post(
        reverse("discussion:page", args=[lesson.pk]), {"title": "A question", "body": "What is **this**?"}
    )
    thread = Thread.objects.get()
    assert response["Location"] == reverse("discussion:thread", args=[thread.pk])
    assert thread.place == "lesson" and thread.post_count == 1
    page = client.get(lesson.url).content.decode()
    assert "Discussion (1 post)" in page and reverse("discussion:page", args=[lesson.pk]) in page
    shown = client.get(response["Location"])
    assert "<strong>this</strong>" in shown.content.decode()
    assert "no-store" not in shown["Cache-Control"] and "private" in shown["Cache-Control"]


def test_cohort_discussion_is_for_members_trainers_and_administrators(
    client, cohort, teacher, trainer, make_user, administrator
):
    thread = _cohort_thread(cohort, teacher)
    outsider = make_user("outsider")
    other_trainer = make_user("trainer2", roles=("Teacher", "Trainer"))
    for user, status in ((teacher, 200), (trainer, 200), (administrator, 200), (outsider, 404), (other_trainer, 404)):
        client.force_login(user)
        assert client.get(reverse("discussion:thread", args=[thread.pk])).status_code == status, user
        assert client.get(reverse("discussion:cohort", args=[cohort.pk])).status_code == status, user
    client.force_login(outsider)
    assert _post(client, thread, "let me in").status_code == 404
    assert Post.objects.count() == 1


def test_replies_notify_the_author_and_a_reply_to_a_reply_stays_one_level_deep(cohort, teacher, trainer, make_user):
    from cohorts.models import CohortMembership

    second = make_user("second")
    CohortMembership.objects.create(cohort=cohort, user=second)
    place = Place(kind="cohort", cohort=cohort)
    thread = _cohort_thread(cohort, teacher)
    first = post_create(user=trainer, thread=thread, place=place, body="Welcome")
    reply = post_create(user=second, thread=thread, place=place, body="Thanks", parent_id=first.pk)
    deeper = post_create(user=teacher, thread=thread, place=place, body="Me too", parent_id=reply.pk)
    assert reply.parent_id == first.pk and deeper.parent_id == first.pk
    kinds = set(Notification.objects.values_list("recipient__username", "kind"))
    assert ("teacher1", "discussion.reply") in kinds  # the thread's author, for the trainer's post
    assert ("trainer1", "discussion.reply") in kinds  # the parent's author, for the reply and the deeper reply


def test_mentions_notify_only_those_who_can_read_the_thread(cohort, teacher, trainer, make_user):
    make_user("stranger")
    thread = _cohort_thread(cohort, trainer)
    post_create(
        user=teacher, thread=thread, place=Place(kind="cohort", cohort=cohort), body="@trainer1 and @stranger look"
    )
    mentions = Notification.objects.filter(kind="discussion.mention")
    assert list(mentions.values_list("recipient__username", flat=True)) == []  # trainer1 already told as author
    post_create(user=trainer, thread=thread, place=Place(kind="cohort", cohort=cohort), body="@teacher1 @stranger")
    assert set(Notification.objects.filter(kind="discussion.reply").values_list("recipient__username", flat=True)) == {
        "trainer1"
    }
    assert list(mentions.values_list("recipient__username", flat=True)) == ["teacher1"]


def test_helpful_only_by_the_threads_author_or_a_moderator(client, cohort, teacher, trainer, make_user):
    from cohorts.models import CohortMembership

    other = make_user("other")
    CohortMembership.objects.create(cohort=cohort, user=other)
    thread = _cohort_thread(cohort, teacher)
    answer = post_create(user=other, thread=thread, place=Place(kind="cohort", cohort=cohort), body="Try this")
    url = reverse("discussion:helpful", args=[answer.pk])
    client.force_login(other)
    assert client.post(url).status_code == 403
    client.force_login(teacher)
    client.post(url)
    answer.refresh_from_db()
    assert answer.helpful_at is not None
    assert "Helpful answer" in client.get(reverse("discussion:thread", args=[thread.pk])).content.decode()


def test_a_trainer_hides_a_post_at_once_and_locks_the_thread(client, cohort, teacher, trainer, make_user):
    thread = _cohort_thread(cohort, teacher)
    abusive = post_create(user=teacher, thread=thread, place=Place(kind="cohort", cohort=cohort), body="ABUSE")
    client.force_login(teacher)
    assert client.post(reverse("discussion:hide", args=[abusive.pk])).status_code == 403  # members do not moderate
    client.force_login(trainer)
    client.post(reverse("discussion:hide", args=[abusive.pk]), {"hide": "1"})
    client.post(reverse("discussion:lock", args=[thread.pk]), {"lock": "1"})
    client.force_login(teacher)
    page = client.get(reverse("discussion:thread", args=[thread.pk])).content.decode()
    assert "ABUSE" not in page and "This post is hidden by moderation." in page
    assert "This discussion is locked" in page
    assert b"locked" in _post(client, thread, "still here?").content
    assert Post.objects.filter(thread=thread).count() == 2
    from audit.models import AuditEvent

    assert set(AuditEvent.objects.values_list("action", flat=True)) >= {
        "discussion.post.hidden",
        "discussion.thread.locked",
    }


def test_three_reports_hide_a_post_until_a_moderator_decides(client, cohort, teacher, trainer, make_user):
    from cohorts.models import CohortMembership

    place = Place(kind="cohort", cohort=cohort)
    thread = _cohort_thread(cohort, trainer)
    bad = post_create(user=teacher, thread=thread, place=place, body="spam spam")
    reporters = [make_user(f"r{i}") for i in range(3)]
    for user in reporters:
        CohortMembership.objects.create(cohort=cohort, user=user)
    post_report(user=reporters[0], post=bad, place=place, reason="spam")
    assert post_report(user=reporters[0], post=bad, place=place, reason="spam") is None  # once per person
    post_report(user=reporters[1], post=bad, place=place, reason="abuse")
    bad.refresh_from_db()
    assert not bad.hidden
    post_report(user=reporters[2], post=bad, place=place, reason="abuse", note="<b>mean</b>")
    bad.refresh_from_db()
    assert bad.hidden and bad.hidden_by is None
    assert Notification.objects.filter(recipient=trainer, kind="discussion.reported").count() == 1
    client.force_login(trainer)
    queue = client.get(reverse("discussion:moderation")).content.decode()
    assert "spam spam" in queue and "&lt;b&gt;mean&lt;/b&gt;" in queue
    client.post(reverse("discussion:hide", args=[bad.pk]), {"hide": "0", "back": "queue"})
    bad.refresh_from_db()
    assert not bad.hidden and not Report.objects.filter(resolved_at__isnull=True).exists()
    assert "spam spam" not in client.get(reverse("discussion:moderation")).content.decode()


@pytest.mark.parametrize("who,status", [("teacher", 403), ("trainer", 200), ("administrator", 200), ("reviewer", 403)])
def test_moderation_queue_is_for_moderators(client, who, status, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("discussion:moderation")).status_code == status


def test_a_trainer_does_not_see_reports_of_another_trainers_cohort(client, cohort, teacher, make_user):
    from cohorts.services import cohort_create

    other_trainer = make_user("trainer2", roles=("Teacher", "Trainer"))
    cohort_create(name="Elsewhere", trainer=other_trainer)
    place = Place(kind="cohort", cohort=cohort)
    thread = _cohort_thread(cohort, teacher)
    from cohorts.models import CohortMembership

    reporter = make_user("rep")
    CohortMembership.objects.create(cohort=cohort, user=reporter)
    post = post_create(user=teacher, thread=thread, place=place, body="secret cohort talk")
    post_report(user=reporter, post=post, place=place, reason="other")
    client.force_login(other_trainer)
    assert "secret cohort talk" not in client.get(reverse("discussion:moderation")).content.decode()
    assert client.post(reverse("discussion:hide", args=[post.pk])).status_code == 404


@override_settings(DISCUSSION_POST_RATE="3/m")
def test_flooding_is_throttled_per_account(client, cohort, teacher):
    thread = _cohort_thread(cohort, teacher)
    client.force_login(teacher)
    statuses = [_post(client, thread, f"message {i}").status_code for i in range(5)]
    assert statuses == [302, 302, 302, 429, 429]
    assert Post.objects.filter(thread=thread).count() == 4


def test_huge_posts_are_refused_with_the_reason(client, cohort, teacher):
    thread = _cohort_thread(cohort, teacher)
    client.force_login(teacher)
    response = _post(client, thread, "x" * 5001)
    assert response.status_code == 200 and "at most 5000 characters" in response.content.decode()
    assert Post.objects.filter(thread=thread).count() == 1


def test_hostile_post_through_the_page_shows_as_text(client, cohort, teacher):
    thread = _cohort_thread(cohort, teacher)
    client.force_login(teacher)
    _post(client, thread, '<script>alert("x")</script> [a](javascript:alert(1)) <a href="javascript:alert(1)">b</a>')
    page = client.get(reverse("discussion:thread", args=[thread.pk])).content.decode()
    body = page.split('class="post-body"')[-1].split("</div>")[0]
    assert "<script" not in body and not re.search(r"<a [^>]*javascript:", body)
    assert "&lt;script&gt;" in body


def test_an_erased_members_posts_stay_readable_as_a_former_member(client, cohort, teacher, trainer):
    from privacy.registry import personal_data_parts as parts

    thread = _cohort_thread(cohort, teacher)
    post_create(user=trainer, thread=thread, place=Place(kind="cohort", cohort=cohort), body="Trainer here")
    exported = {k: v for part in parts() for k, v in part.export(user=teacher).items()}
    assert [p["body"] for p in exported["discussion_posts"]] == ["Hello all"]
    assert exported["notifications"] and "replied in" in exported["notifications"][0]["text"]
    for part in parts():
        part.erase(user=teacher)
    client.force_login(trainer)
    page = client.get(reverse("discussion:thread", args=[thread.pk])).content.decode()
    assert "Hello all" in page and "a former member" in page and "Teacher1" not in page
    assert not Notification.objects.filter(recipient=teacher).exists()


@pytest.mark.parametrize("count", [3, 30])
def test_thread_page_queries_stay_the_same_whatever_the_posts(
    client, cohort, teacher, make_user, count, django_assert_max_num_queries
):
    from cohorts.models import CohortMembership

    place = Place(kind="cohort", cohort=cohort)
    thread = _cohort_thread(cohort, teacher)
    authors = [make_user(f"m{i}") for i in range(count)]
    for i, author in enumerate(authors):
        CohortMembership.objects.create(cohort=cohort, user=author)
        top = post_create(user=author, thread=thread, place=place, body=f"Post {i}")
        post_create(user=teacher, thread=thread, place=place, body=f"Reply {i}", parent_id=top.pk)
    client.force_login(teacher)
    url = reverse("discussion:thread", args=[thread.pk])
    client.get(url)
    with django_assert_max_num_queries(14):
        page = client.get(url).content.decode()
    assert page.count('id="post-') == 1 + 2 * min(count, 29)  # the first post, then each post with its reply


def test_overview_counts_active_communities_without_small_cells(client, lesson, make_user, administrator):
    from discussion.selectors import community_figures

    place = Place(kind="lesson", page=lesson)
    thread = None
    for i in range(5):
        author = make_user(f"poster{i}", country="Kenya")
        if thread is None:
            thread = thread_create(user=author, place=place, title="Ideas", body="Start")
        else:
            post_create(user=author, thread=thread, place=place, body=f"Idea {i}")
        if i == 3:
            assert community_figures(country="Kenya").active_communities is None  # 4 posters: nothing shown
    figures = community_figures(country="Kenya")
    assert (figures.active_communities, figures.posts, figures.posters) == (1, 5, 5)
    assert community_figures(country="Chad").posts is None
    client.force_login(administrator)
    page = client.get(reverse("discussion:overview")).content.decode()
    assert "poster0" not in page and "Poster0" not in page


def test_the_programme_overview_leads_to_the_communities_figures(client, administrator):
    client.force_login(administrator)
    page = client.get(reverse("cohorts:overview")).content.decode()
    assert f'href="{reverse("discussion:overview")}"' in page
