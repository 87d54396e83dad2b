"""LTI Advantage with a real platform: an instructor deep-links a module assessment into the course, a learner's
graded attempt reaches the platform's gradebook (AGS), and the course roster fills a cohort (NRPS)."""

from urllib.parse import urljoin

import pytest
import requests

from assessments.services import attempt_answer_save, attempt_start, attempt_submit
from cohorts.models import Cohort
from lti.models import AccountLink, ScoreDelivery
from lti.scores import score_deliver
from lti.tasks import score_deliver_task

from .conftest import form_of, platform_launch, tool_follow

pytestmark = pytest.mark.django_db(transaction=True)


def _deep_link(lti_platform, choice: str) -> dict:
    """Ines adds `choice` to the course; returns the resource link the platform created for it."""
    browser = requests.Session()
    response = platform_launch(browser, lti_platform, "ines", message="deeplink")
    assert response.status_code == 302, response.text[:2000]
    picker = browser.get(urljoin(response.url, response.headers["Location"]), timeout=30)
    assert picker.status_code == 200
    action, _, offered = form_of(picker, "/lti/deep-link/")
    assert choice in offered
    handback = browser.post(action, data={"item": [choice]}, timeout=30)
    assert handback.status_code == 200
    return_url, fields, _ = form_of(handback)
    received = browser.post(return_url, data=fields, timeout=30)  # what the auto-posting script does
    assert received.status_code == 200, received.text
    assert "Added 1 items" in received.text
    links = lti_platform.state()["resource_links"]
    return max(links.items(), key=lambda item: int(item[0].split("-")[1]))


def test_a_deep_linked_assessments_score_reaches_the_platforms_gradebook(registered, lti_platform, module_assessment):
    resource_id, link = _deep_link(lti_platform, "assessment:policy-check")
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


def test_a_score_the_platform_could_not_take_is_kept_and_sent_on_retry(registered, lti_platform, module_assessment):
    resource_id, link = _deep_link(lti_platform, "assessment:policy-check")
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
