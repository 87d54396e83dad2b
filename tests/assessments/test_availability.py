"""When an assessment can be started, said the same way on /assessments/, My learning and when starting (ADR 0139)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from assessments import selectors, services
from assessments.models import Assessment, Attempt
from assessments.services import AssessmentError
from competency.models import Competency
from competency.services import EvidenceInput, evidence_record_many

from .conftest import correct_response

pytestmark = pytest.mark.django_db


def _hold_level(user, code: str) -> None:
    evidence_record_many(
        user=user,
        source_type="test",
        source_id=f"hold-{code}",
        items=[
            EvidenceInput(competency=c, score=100, passed=True) for c in Competency.objects.filter(level__code=code)
        ],
    )


def _pass(user, slug: str) -> Attempt:
    attempt = services.attempt_start(user=user, assessment=Assessment.objects.get(slug=slug))
    for i, q in enumerate(attempt.questions):
        services.attempt_answer_save(attempt=attempt, user=user, position=i, response=correct_response(q), seq=1)
    return services.attempt_submit(attempt=attempt, user=user)


def _state(user, slug: str):
    return selectors.assessment_availability_for_user(user=user, assessments=[Assessment.objects.get(slug=slug)])[0]


def test_the_level_2_exam_opens_once_level_1_is_attained(demo, teacher):
    state = _state(teacher, "exam-kd")
    assert not state.can_start and state.blocked.code == "previous_level"
    assert state.blocked.message == "This exam opens once you have attained the level Knowledge Acquisition."
    with pytest.raises(AssessmentError) as refused:
        services.attempt_start(user=teacher, assessment=Assessment.objects.get(slug="exam-kd"))
    assert refused.value.message == state.blocked.message, "the page and the refusal say the same"
    assert _state(teacher, "exam-ka").can_start, "the first level's exam is open from the start"
    _hold_level(teacher, "KA")
    assert _state(teacher, "exam-kd").can_start
    assert services.attempt_start(user=teacher, assessment=Assessment.objects.get(slug="exam-kd")).number == 1


def test_without_the_previous_level_rule_every_exam_is_open(demo, teacher):
    from competency.models import Framework

    Framework.objects.filter(slug="ictcft-v3").update(requires_previous_level=False)
    assert _state(teacher, "exam-kc").can_start


def test_attempts_used_up_and_the_cooldown_are_said_with_their_numbers(demo, teacher):
    exam = Assessment.objects.get(slug="exam-ka")  # demo: 3 attempts, 30 minutes apart
    attempt = services.attempt_start(user=teacher, assessment=exam)
    state = _state(teacher, "exam-ka")
    assert state.status == "in_progress" and not state.can_start and state.blocked is None
    services.attempt_submit(attempt=attempt, user=teacher)
    state = _state(teacher, "exam-ka")
    assert state.blocked.code == "cooldown" and state.attempts_used == 1
    assert state.blocked.available_at == Attempt.objects.get(pk=attempt.pk).closed_at + timedelta(minutes=30)
    assert state.blocked.message.startswith("You can try again from ")
    later = timezone.now() + timedelta(minutes=31)
    assert selectors.assessment_availability_for_user(user=teacher, assessments=[exam], now=later)[0].can_start
    Attempt.objects.filter(pk=attempt.pk).update(closed_at=timezone.now() - timedelta(hours=1))
    for _ in range(2):
        Attempt.objects.filter(user=teacher).update(closed_at=timezone.now() - timedelta(hours=1))
        services.attempt_submit(attempt=services.attempt_start(user=teacher, assessment=exam), user=teacher)
    Attempt.objects.filter(user=teacher).update(closed_at=timezone.now() - timedelta(hours=1))
    state = _state(teacher, "exam-ka")
    assert state.blocked.code == "attempts_exhausted" and state.attempts_used == 3
    assert state.blocked.message == "You have used all 3 attempts allowed for this assessment."


def test_the_assessments_page_lists_modules_and_exams_with_their_state(demo, teacher, client):
    _pass(teacher, "module-ka-3")
    client.force_login(teacher)
    page = client.get("/assessments/").content.decode()
    assert page.count("certification exam") >= 3
    for slug in ("exam-ka", "exam-kd", "exam-kc", "module-ka-1", "module-kd-1", "module-kc-6"):
        assert f'href="/assessments/{slug}/"' in page
    assert "This exam opens once you have attained the level Knowledge Acquisition." in page
    ka3 = page[page.index('href="/assessments/module-ka-3/"') :][:400]
    assert "passed" in ka3


def test_a_passed_exam_links_the_certificate(demo, teacher, client):
    _pass(teacher, "exam-ka")
    client.force_login(teacher)
    page = client.get("/assessments/").content.decode()
    exam = page[page.index('href="/assessments/exam-ka/"') :][:800]
    assert "passed" in exam and 'href="/me/certificates/"' in exam


def test_availability_reads_in_a_fixed_number_of_queries(demo, teacher, django_assert_max_num_queries):
    assessments = list(selectors.assessment_list())
    _pass(teacher, "module-ka-1")
    with django_assert_max_num_queries(3):
        states = selectors.assessment_availability_for_user(user=teacher, assessments=assessments)
    assert len(states) == len(assessments) >= 21
