"""Against the real platform: a score whose queueing failed (broker down) is delivered by the scheduled sweep, once;
and a roster sync removes from the cohort the learners the course's roster added who have since left the course."""

from datetime import timedelta

import django_q.tasks
import pytest
import requests
from django.utils import timezone
from django_q.models import Schedule

from assessments.services import attempt_answer_save, attempt_start, attempt_submit
from cohorts.models import Cohort
from cohorts.services import cohort_join
from lti.models import AccountLink, ScoreDelivery
from lti.tasks import RESEND_SCHEDULE_NAME, scores_resend_unsent_task

from .conftest import form_of, platform_launch, tool_follow
from .test_advantage import _deep_link

pytestmark = pytest.mark.django_db(transaction=True)


def _broker_down(*args, **kwargs):
    raise ConnectionError("the broker is down")


def test_a_score_never_queued_is_sent_by_the_scheduled_sweep_once(
    registered, lti_platform, module_assessment, monkeypatch
):
    assert Schedule.objects.filter(name=RESEND_SCHEDULE_NAME, func="lti.tasks.scores_resend_unsent_task").exists()
    [(resource_id, _)] = _deep_link(lti_platform, "assessment:policy-check")
    browser = requests.Session()
    tool_follow(browser, platform_launch(browser, lti_platform, "alice", resource=resource_id))
    alice = AccountLink.objects.get(subject="plat-user-alice").user
    before = len(lti_platform.state()["scores"])

    monkeypatch.setattr(django_q.tasks, "async_task", _broker_down)
    attempt = attempt_start(user=alice, assessment=module_assessment)
    right = attempt.questions[0]["key"]["correct"]
    attempt_answer_save(attempt=attempt, user=alice, position=0, response=right, seq=1)
    attempt_submit(attempt=attempt, user=alice)  # the grading stands although the score could not be queued
    monkeypatch.undo()
    delivery = ScoreDelivery.objects.get(attempt=attempt)
    assert delivery.sent_at is None and delivery.tries == 0

    assert scores_resend_unsent_task() == 0  # too fresh: a queued task might still be sending it
    assert len(lti_platform.state()["scores"]) == before

    ScoreDelivery.objects.filter(pk=delivery.pk).update(created_at=timezone.now() - timedelta(minutes=10))
    assert scores_resend_unsent_task() == 1
    scores = lti_platform.state()["scores"]
    assert len(scores) == before + 1
    assert scores[-1]["userId"] == "plat-user-alice" and scores[-1]["scoreGiven"] == 100.0
    delivery.refresh_from_db()
    assert delivery.sent_at is not None and delivery.tries == 1

    assert scores_resend_unsent_task() == 0  # run again: nothing is sent twice
    assert len(lti_platform.state()["scores"]) == before + 1


def test_a_sync_removes_who_the_roster_added_and_left_the_course_only(registered, lti_platform, make_user):
    browser = requests.Session()
    course = tool_follow(browser, platform_launch(browser, lti_platform, "ines"))
    action, fields, _ = form_of(course, "/roster/")
    first = browser.post(action, data=fields, timeout=30)
    assert "Course roster: 3 learners; 3 added to the cohort, 0 removed (they left the course)." in first.text
    cohort = Cohort.objects.get(name="ICT for teachers 101")
    dana = make_user("dana", email="dana@school.example")
    cohort_join(code=cohort.join_code, user=dana)  # a teacher who joined with the cohort's code, not the roster

    try:
        lti_platform.roster_set(left=["karim"])  # Karim left the course in the LMS
        second = browser.post(action, data=fields, timeout=30)
        assert "Course roster: 2 learners; 0 added to the cohort, 1 removed (they left the course)." in second.text
        members = set(cohort.members.values_list("email", flat=True))
        assert members == {"alice@school.example", "bruno@school.example", "dana@school.example"}

        third = browser.post(action, data=fields, timeout=30)  # nothing more to remove
        assert "Course roster: 2 learners; 0 added to the cohort, 0 removed (they left the course)." in third.text

        lti_platform.roster_set(left=[])  # Karim re-enrolled: the next sync brings him back
        back = browser.post(action, data=fields, timeout=30)
        assert "Course roster: 3 learners; 1 added to the cohort, 0 removed (they left the course)." in back.text
        assert cohort.members.count() == 4
    finally:
        lti_platform.roster_set(left=[])
