"""LTI Advantage with a real platform: an instructor deep-links a module assessment, a module and a lesson into the
course; a learner's launch of each lands on its page, and her graded attempt reaches the platform's gradebook (AGS);
the course roster fills a cohort (NRPS)."""

from urllib.parse import urljoin, urlsplit

import pytest
import requests
from django.urls import reverse

from assessments.services import attempt_answer_save, attempt_start, attempt_submit
from cohorts.models import Cohort
from lti.models import AccountLink, GradeTarget, ScoreDelivery
from lti.scores import score_deliver
from lti.tasks import score_deliver_task

from .conftest import form_of, platform_launch, tool_follow

pytestmark = pytest.mark.django_db(transaction=True)


def _deep_link(lti_platform, *choices: str) -> list[tuple[str, dict]]:
    """Ines adds `choices` to the course in one deep-linking response; returns the resource links the platform
    created for them, in order: (resource link id, what the platform stored)."""
    before = set(lti_platform.state()["resource_links"])
    browser = requests.Session()
    response = platform_launch(browser, lti_platform, "ines", message="deeplink")
    assert response.status_code == 302, response.text[:2000]
    picker = browser.get(urljoin(response.url, response.headers["Location"]), timeout=30)
    assert picker.status_code == 200
    action, _, offered = form_of(picker, "/lti/deep-link/")
    assert set(choices) <= set(offered), offered
    handback = browser.post(action, data={"item": list(choices)}, timeout=30)
    assert handback.status_code == 200
    return_url, fields, _ = form_of(handback)
    received = browser.post(return_url, data=fields, timeout=30)  # what the auto-posting script does
    assert received.status_code == 200, received.text
    assert f"Added {len(choices)} items" in received.text
    links = lti_platform.state()["resource_links"]
    return sorted(((k, v) for k, v in links.items() if k not in before), key=lambda item: int(item[0].split("-")[1]))


def test_a_deep_linked_assessments_score_reaches_the_platforms_gradebook(registered, lti_platform, module_assessment):
    [(resource_id, link)] = _deep_link(lti_platform, "assessment:policy-check")
    assert link["custom"] == {"ictcft_assessment": "policy-check"}
    assert link["lineitem_spec"]["scoreMaximum"] == 100

    browser = requests.Session()
    landing = tool_follow(browser, platform_launch(browser, lti_platform, "alice", resource=resource_id))
    assert landing.status_code == 200
    assert landing.url.endswith("/assessments/policy-check/")

    alice = AccountLink.objects.get(subject="plat-user-alice").user
    before = len(lti_platform.state()["scores"])  # the peer lives for the session: earlier tests' scores stay
    attempt = attempt_start(user=alice, assessment=module_assessment)
    right = attempt.questions[0]["key"]["correct"]
    attempt_answer_save(attempt=attempt, user=alice, position=0, response=right, seq=1)
    attempt_submit(attempt=attempt, user=alice)  # graded: the score goes back through the task queue

    scores = lti_platform.state()["scores"][before:]
    assert len(scores) == 1
    assert scores[0]["lineitem"] == link["lineitem"].rsplit("/", 1)[1]
    assert scores[0]["userId"] == "plat-user-alice"
    assert (scores[0]["scoreGiven"], scores[0]["scoreMaximum"]) == (100.0, 100.0)
    assert (scores[0]["activityProgress"], scores[0]["gradingProgress"]) == ("Completed", "FullyGraded")

    delivery = ScoreDelivery.objects.get()
    assert delivery.sent_at is not None
    assert score_deliver(delivery_id=delivery.pk) is True  # a retried task sends nothing twice
    assert len(lti_platform.state()["scores"]) == before + 1


def test_a_deep_linked_module_and_lesson_open_their_pages_signed_in(registered, lti_platform, module_with_lessons):
    module, lesson = module_with_lessons
    links = _deep_link(lti_platform, f"page:{module.pk}", f"page:{lesson.pk}")
    assert [link["title"] for _, link in links] == [module.title, lesson.title]
    assert [link["custom"] for _, link in links] == [{"ictcft_page": str(module.pk)}, {"ictcft_page": str(lesson.pk)}]
    assert not any("lineitem" in link for _, link in links)  # pages have no score: no gradebook column

    # What only a signed-in teacher is offered on each page: starting the module, marking the lesson complete.
    signed_in_form = {
        module.pk: reverse("cms:module_start", kwargs={"page_id": module.pk}),
        lesson.pk: reverse("cms:lesson_complete", kwargs={"page_id": lesson.pk}),
    }
    for (resource_id, _), page in zip(links, (module, lesson), strict=True):
        browser = requests.Session()
        landing = tool_follow(browser, platform_launch(browser, lti_platform, "alice", resource=resource_id))
        assert landing.status_code == 200, landing.text[:2000]
        assert urlsplit(landing.url).path == page.url
        assert page.title in landing.text
        assert f'action="{signed_in_form[page.pk]}"' in landing.text
        assert '<html lang="fr"' in landing.text  # as Alice, in her platform's language
    assert not GradeTarget.objects.exists()  # nothing to score on a page


def test_a_score_the_platform_could_not_take_is_kept_and_sent_on_retry(registered, lti_platform, module_assessment):
    [(resource_id, link)] = _deep_link(lti_platform, "assessment:policy-check")
    browser = requests.Session()
    tool_follow(browser, platform_launch(browser, lti_platform, "alice", resource=resource_id))
    alice = AccountLink.objects.get(subject="plat-user-alice").user
    before = len(lti_platform.state()["scores"])

    token_url = registered.auth_token_url
    registered.auth_token_url = f"{lti_platform.url}/token-moved"  # the platform's token endpoint answers 404
    registered.save()
    attempt = attempt_start(user=alice, assessment=module_assessment)
    question = attempt.questions[0]
    wrong = next(o["token"] for o in question["options"] if o["token"] != question["key"]["correct"])
    attempt_answer_save(attempt=attempt, user=alice, position=0, response=wrong, seq=1)
    attempt_submit(attempt=attempt, user=alice)
    delivery = ScoreDelivery.objects.get(attempt=attempt)
    assert delivery.sent_at is None and delivery.tries == 1 and "404" in delivery.last_error
    assert len(lti_platform.state()["scores"]) == before

    registered.auth_token_url = token_url
    registered.save()
    assert score_deliver_task(delivery.pk) is True  # what the task queue's retry runs
    scores = lti_platform.state()["scores"]
    assert len(scores) == before + 1 and scores[-1]["scoreGiven"] == 0.0
    delivery.refresh_from_db()
    assert delivery.sent_at is not None and delivery.tries == 2


def test_a_deep_link_offers_only_what_we_have(registered, lti_platform, module_assessment):
    browser = requests.Session()
    response = platform_launch(browser, lti_platform, "ines", message="deeplink")
    picker = browser.get(urljoin(response.url, response.headers["Location"]), timeout=30)
    action, _, _ = form_of(picker, "/lti/deep-link/")
    refused = browser.post(action, data={"item": ["assessment:not-ours"]}, timeout=30)
    assert refused.status_code == 400
    assert "Choose at least one item" in refused.text


def test_the_course_roster_fills_a_cohort_with_the_instructor_as_its_trainer(registered, lti_platform):
    alice_browser = requests.Session()
    platform_launch(alice_browser, lti_platform, "alice")  # Alice already has an account: she keeps it
    alice = AccountLink.objects.get(subject="plat-user-alice").user

    browser = requests.Session()
    course = tool_follow(browser, platform_launch(browser, lti_platform, "ines"))
    assert course.status_code == 200
    assert "Fill a cohort from the course roster" in course.text
    action, fields, _ = form_of(course, "/roster/")
    synced = browser.post(action, data=fields, timeout=30)
    assert synced.status_code == 200, synced.text[:2000]
    assert "Course roster: 3 learners; 3 added to the cohort, 0 removed (they left the course)." in synced.text

    cohort = Cohort.objects.get(name="ICT for teachers 101")
    ines = AccountLink.objects.get(subject="plat-user-ines").user
    assert list(cohort.trainers.all()) == [ines]
    members = set(cohort.members.values_list("email", flat=True))
    assert members == {"alice@school.example", "bruno@school.example", "karim@school.example"}
    assert cohort.members.filter(pk=alice.pk).exists()
    assert lti_platform.state()["roster_requests"] >= 1

    again = browser.post(action, data=fields, timeout=30)  # a second sync adds nobody twice
    assert "Course roster: 3 learners; 0 added to the cohort, 0 removed (they left the course)." in again.text
    assert cohort.members.count() == 3


def test_only_the_courses_instructor_may_open_its_roster_page(registered, lti_platform):
    browser = requests.Session()
    course = tool_follow(browser, platform_launch(browser, lti_platform, "ines"))
    assert "/lti/courses/" in course.url
    alice_browser = requests.Session()
    platform_launch(alice_browser, lti_platform, "alice")
    assert alice_browser.get(course.url, timeout=30).status_code == 404
