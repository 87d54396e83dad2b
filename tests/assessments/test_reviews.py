"""Extended responses wait for a trainer; rubric grades are recorded with who and when, and re-grades audited."""

import pytest

from assessments import services
from assessments.models import Answer, Review
from competency.models import CompetencyEvidence, CompetencyMastery

from .conftest import token_of


@pytest.fixture
def essay_attempt(teacher, make_question, single_choice, make_assessment, rubric):
    essay = make_question("extended", code="KD.3", rubric=rubric, allow_file=True, title="Lesson plan")
    choice = single_choice(code="KD.3")
    assessment = make_assessment([choice, essay], slug="kd3", code="KD.3", shuffle_questions=False)
    attempt = services.attempt_start(user=teacher, assessment=assessment)
    services.attempt_answer_save(
        attempt=attempt, user=teacher, position=0, response=token_of(attempt.questions[0], "Right answer"), seq=1
    )
    services.attempt_answer_save(
        attempt=attempt,
        user=teacher,
        position=1,
        response={"text": "Students map local water use with a shared spreadsheet."},
        seq=1,
    )
    return services.attempt_submit(attempt=attempt, user=teacher)


def _levels(attempt, *points):
    rubric = attempt.questions[1]["rubric"]
    by_points = {lv["points"]: lv["id"] for lv in rubric["levels"]}
    return {str(c["id"]): str(by_points[p]) for c, p in zip(rubric["criteria"], points, strict=True)}


def test_extended_response_waits_for_review_before_mastery(essay_attempt, teacher):
    assert essay_attempt.status == "awaiting_review"
    assert not CompetencyEvidence.objects.filter(user=teacher).exists()
    assert not CompetencyMastery.objects.filter(user=teacher).exists()


def test_review_queue_is_for_trainers(essay_attempt, client, teacher, trainer):
    client.force_login(teacher)
    assert client.get("/assessments/review/").status_code == 403
    client.force_login(trainer)
    queue = client.get("/assessments/review/").content.decode()
    answer = Answer.objects.get(attempt=essay_attempt, position=1)
    assert f"/assessments/review/{answer.pk}/" in queue
    page = client.get(f"/assessments/review/{answer.pk}/").content.decode()
    assert "shared spreadsheet" in page and "measurable" in page


def test_rubric_grade_then_regrade_is_audited(essay_attempt, client, trainer, teacher):
    answer = Answer.objects.get(attempt=essay_attempt, position=1)
    client.force_login(trainer)
    posted = client.post(
        f"/assessments/review/{answer.pk}/",
        {
            **{f"criterion-{k}": v for k, v in _levels(essay_attempt, "4.00", "2.00").items()},
            "feedback": "Clear objective; use ICT for analysis too.",
        },
    )
    assert posted.status_code == 302
    essay_attempt.refresh_from_db()
    assert essay_attempt.status == "graded"
    # Essay (4 + 2) / 8 = 75 %, choice 100 %: KD.3 = (0.75 + 1) / 2 = 87.5 %
    assert essay_attempt.results["KD.3"]["score"] == "87.50"
    mastery = CompetencyMastery.objects.get(user=teacher)
    assert mastery.status == "mastered"
    evidence = CompetencyEvidence.objects.get(user=teacher)
    assert evidence.detail["rubric"][0]["scores"] == {"KD.3": "0.750000"}
    # The trainer changes their mind: a new row, the first one kept and linked.
    services.review_record(answer=answer, reviewer=trainer, levels=_levels(essay_attempt, "1.00", "1.00"))
    first, second = Review.objects.order_by("id")
    assert second.replaces_id == first.pk and second.reviewer == trainer and second.created_at >= first.created_at
    assert first.criteria and first.score == 0.75
    essay_attempt.refresh_from_db()
    assert essay_attempt.results["KD.3"]["score"] == "62.50"
    assert CompetencyEvidence.objects.get(user=teacher).score == 62.5  # replaced, not duplicated
    audit = client.get(f"/assessments/review/{answer.pk}/").content.decode()
    assert "re-grade" in audit and audit.count("trainer1") >= 2


def test_second_reviewer_is_averaged_and_a_third_is_refused(essay_attempt, trainer, make_user):
    answer = Answer.objects.get(attempt=essay_attempt, position=1)
    services.review_record(answer=answer, reviewer=trainer, levels=_levels(essay_attempt, "4.00", "4.00"))
    other = make_user("trainer2", roles=("Trainer",))
    review = services.review_record(answer=answer, reviewer=other, levels=_levels(essay_attempt, "2.00", "2.00"))
    assert review.role == "second"
    answer.refresh_from_db()
    assert answer.score == 0.75
    with pytest.raises(services.AssessmentError):
        services.review_record(
            answer=answer,
            reviewer=make_user("trainer3", roles=("Trainer",)),
            levels=_levels(essay_attempt, "1.00", "1.00"),
        )


def test_incomplete_rubric_and_own_answer_are_refused(essay_attempt, trainer, teacher):
    answer = Answer.objects.get(attempt=essay_attempt, position=1)
    levels = _levels(essay_attempt, "4.00", "4.00")
    levels.popitem()
    with pytest.raises(services.AssessmentError):
        services.review_record(answer=answer, reviewer=trainer, levels=levels)
    with pytest.raises(services.AssessmentError):
        services.review_record(answer=answer, reviewer=teacher, levels=_levels(essay_attempt, "4.00", "4.00"))
    assert not Review.objects.exists()


def test_an_empty_essay_needs_no_review(teacher, make_question, make_assessment, rubric):
    essay = make_question("extended", code="KD.3", rubric=rubric)
    attempt = services.attempt_start(user=teacher, assessment=make_assessment([essay], slug="e", code="KD.3"))
    graded = services.attempt_submit(attempt=attempt, user=teacher)
    assert graded.status == "graded" and graded.score == 0


def test_a_holistic_score_that_is_not_a_number_is_refused_with_a_reason(
    client, teacher, trainer, make_question, make_assessment
):
    essay = make_question("extended", code="KD.3", title="Plan")
    attempt = services.attempt_start(user=teacher, assessment=make_assessment([essay], slug="h", code="KD.3"))
    services.attempt_answer_save(attempt=attempt, user=teacher, position=0, response={"text": "My plan"}, seq=1)
    services.attempt_submit(attempt=attempt, user=teacher)
    answer = Answer.objects.get(attempt=attempt)
    client.force_login(trainer)
    for score in ("NaN", "sNaN", "-nan"):
        page = client.post(f"/assessments/review/{answer.pk}/", {"holistic_score": score, "feedback": ""})
        assert page.status_code == 200, score
        assert "Give a score between 0 and 100." in page.content.decode()
    assert not Review.objects.exists()


def _graded_essays(n, *, teacher, trainer, make_question, make_assessment):
    essays = [make_question("extended", code="KD.3", title=f"Essay {i}") for i in range(n)]
    assessment = make_assessment(essays, slug=f"essays-{n}", code="KD.3", feedback_timing="after_submission")
    attempt = services.attempt_start(user=teacher, assessment=assessment)
    for position in range(n):
        services.attempt_answer_save(attempt=attempt, user=teacher, position=position, response={"text": "x"}, seq=1)
    services.attempt_submit(attempt=attempt, user=teacher)
    for answer in Answer.objects.filter(attempt=attempt):
        services.review_record(answer=answer, reviewer=trainer, levels={}, holistic_score="40", feedback="FIRST-TRY")
        services.review_record(answer=answer, reviewer=trainer, levels={}, holistic_score="80", feedback="REGRADED")
    return attempt


def test_results_page_queries_do_not_grow_with_the_essays(
    client, teacher, trainer, make_question, make_assessment, django_assert_max_num_queries
):
    one = _graded_essays(
        1, teacher=teacher, trainer=trainer, make_question=make_question, make_assessment=make_assessment
    )
    five = _graded_essays(
        5, teacher=teacher, trainer=trainer, make_question=make_question, make_assessment=make_assessment
    )
    client.force_login(teacher)
    client.get(one.get_absolute_url())
    with django_assert_max_num_queries(100) as ctx:
        page = client.get(one.get_absolute_url()).content.decode()
    budget = len(ctx.captured_queries)
    assert page.count("REGRADED") == 1 and "FIRST-TRY" not in page  # only the grade in force is shown
    with django_assert_max_num_queries(budget):
        page = client.get(five.get_absolute_url()).content.decode()
    assert page.count("REGRADED") == 5 and "FIRST-TRY" not in page


def test_grades_given_and_changed_by_hand_are_in_the_audit_log(essay_attempt, trainer):
    from audit.models import AuditEvent

    answer = Answer.objects.get(attempt=essay_attempt, position=1)
    services.review_record(answer=answer, reviewer=trainer, levels=_levels(essay_attempt, "4.00", "4.00"))
    services.review_record(answer=answer, reviewer=trainer, levels=_levels(essay_attempt, "1.00", "1.00"))
    events = list(AuditEvent.objects.filter(target_type="assessments.answer", target_id=str(answer.pk)).order_by("id"))
    assert [e.action for e in events] == ["assessment.answer.graded", "assessment.answer.regraded"]
    assert {e.actor_label for e in events} == {"trainer1"}
    assert events[0].data["answer_score_after"] == "1.000000" and events[1].data["answer_score_before"] == "1.000000"
    assert events[1].data["answer_score_after"] == "0.250000"
    assert events[1].target_label.startswith(f"{essay_attempt.user.username} · kd3 · 2")
