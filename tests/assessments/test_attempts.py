"""Attempts: the freeze rule, seeds, idempotent saves and submits, time limits, attempt limits."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assessments import services
from assessments.models import AssessmentDraw, Attempt, QuestionOption
from assessments.services import AssessmentError
from competency.models import CompetencyMastery

from .conftest import correct_response, token_of


def test_start_freezes_questions_order_options_and_rules(teacher, single_choice, make_assessment):
    question = single_choice()
    assessment = make_assessment([question], pass_mark=70)
    attempt = services.attempt_start(user=teacher, assessment=assessment)
    frozen = attempt.questions[0]
    # The bank changes after the start...
    question.text = "Edited text"
    question.save()
    QuestionOption.objects.filter(question=question, text="Right answer").update(is_correct=False)
    QuestionOption.objects.filter(question=question, text="Wrong answer").update(is_correct=True)
    assessment.pass_mark = 100
    assessment.save()
    # ...and the attempt still shows, and is graded by, what was in force when it started.
    attempt.refresh_from_db()
    assert attempt.questions[0]["text"] == "Text of single?"
    assert attempt.rules["pass_mark"] == "70.00"
    services.attempt_answer_save(
        attempt=attempt, user=teacher, position=0, response=token_of(frozen, "Right answer"), seq=1
    )
    graded = services.attempt_submit(attempt=attempt, user=teacher)
    assert graded.passed
    assert graded.results["KA.1"] == {"score": "100.00", "pass_mark": "70.00", "passed": True, "questions": [0]}
    # A re-grade after more edits gives the same result.
    assert services.attempt_grade(attempt=graded).results == graded.results


def test_same_seed_rebuilds_the_same_attempt(teacher, make_question, make_assessment, competencies):
    pool = [
        make_question("single", options=[{"text": f"o{i}{j}", "is_correct": j == 0} for j in range(4)], title=f"q{i}")
        for i in range(12)
    ]
    assessment = make_assessment(pool[:2])
    AssessmentDraw.objects.create(assessment=assessment, competency=competencies["KA.1"], count=5, max_difficulty=3)
    first = services.attempt_snapshot_build(assessment=assessment, seed=12345)
    again = services.attempt_snapshot_build(assessment=assessment, seed=12345)
    other = services.attempt_snapshot_build(assessment=assessment, seed=999)
    assert first == again
    assert len(first["questions"]) == 7
    assert len({q["id"] for q in first["questions"]}) == 7
    assert [q["id"] for q in first["questions"]] != [q["id"] for q in other["questions"]]


def test_pool_draw_respects_difficulty(teacher, make_question, make_assessment, competencies):
    easy = [make_question("true_false", correct_boolean=True, difficulty=1, title=f"e{i}") for i in range(3)]
    for i in range(3):
        make_question("true_false", correct_boolean=True, difficulty=3, title=f"h{i}")
    assessment = make_assessment([])
    AssessmentDraw.objects.create(assessment=assessment, competency=competencies["KA.1"], count=5, max_difficulty=2)
    snapshot = services.attempt_snapshot_build(assessment=assessment, seed=1)
    assert {q["id"] for q in snapshot["questions"]} == {q.pk for q in easy}


def test_auto_graded_draw_never_picks_an_essay_so_results_need_no_trainer(
    teacher, make_question, make_assessment, competencies
):
    graded_alone = [make_question("true_false", correct_boolean=True, title=f"tf{i}") for i in range(3)]
    for i in range(3):
        make_question("extended", title=f"essay{i}")
    assessment = make_assessment([])
    AssessmentDraw.objects.create(
        assessment=assessment, competency=competencies["KA.1"], count=5, max_difficulty=3, auto_graded_only=True
    )
    for seed in range(5):
        snapshot = services.attempt_snapshot_build(assessment=assessment, seed=seed)
        assert {q["id"] for q in snapshot["questions"]} == {q.pk for q in graded_alone}
    # Without the flag the same draw may pick essays: the flag is what keeps them out.
    AssessmentDraw.objects.filter(assessment=assessment).update(auto_graded_only=False)
    assert len(services.attempt_snapshot_build(assessment=assessment, seed=1)["questions"]) == 5


def test_autosave_is_idempotent_and_ordered_by_sequence(teacher, single_choice, make_assessment):
    assessment = make_assessment([single_choice()])
    attempt = services.attempt_start(user=teacher, assessment=assessment)
    q = attempt.questions[0]
    right, wrong = token_of(q, "Right answer"), token_of(q, "Wrong answer")
    assert services.attempt_answer_save(attempt=attempt, user=teacher, position=0, response=wrong, seq=1).saved
    assert services.attempt_answer_save(attempt=attempt, user=teacher, position=0, response=right, seq=3).saved
    # A late request (seq 2) and a repeated one (seq 3) change nothing.
    late = services.attempt_answer_save(attempt=attempt, user=teacher, position=0, response=wrong, seq=2)
    repeat = services.attempt_answer_save(attempt=attempt, user=teacher, position=0, response=wrong, seq=3)
    assert (late.saved, late.seq, repeat.saved) == (False, 3, False)
    assert attempt.answers.get().response == right
    assert services.attempt_submit(attempt=attempt, user=teacher).passed


def test_submit_twice_gives_the_same_result(teacher, single_choice, make_assessment):
    assessment = make_assessment([single_choice()])
    attempt = services.attempt_start(user=teacher, assessment=assessment)
    first = services.attempt_submit(attempt=attempt, user=teacher)
    second = services.attempt_submit(attempt=attempt, user=teacher)
    assert (first.pk, first.score, first.results, first.closed_at) == (
        second.pk,
        second.score,
        second.results,
        second.closed_at,
    )
    assert Attempt.objects.count() == 1
    with pytest.raises(AssessmentError):
        services.attempt_answer_save(attempt=second, user=teacher, position=0, response=None, seq=9)


def test_time_limit_closes_and_grades_with_what_was_saved(teacher, single_choice, make_assessment):
    assessment = make_assessment(
        [single_choice(), single_choice(title="second")], time_limit_minutes=10, grace_seconds=30
    )
    start = timezone.now()
    attempt = services.attempt_start(user=teacher, assessment=assessment, now=start)
    first = attempt.questions[0]
    services.attempt_answer_save(
        attempt=attempt,
        user=teacher,
        position=0,
        response=token_of(first, "Right answer"),
        seq=1,
        now=start + timedelta(minutes=5),
    )
    # Within the grace period a save still counts...
    services.attempt_answer_save(
        attempt=attempt,
        user=teacher,
        position=0,
        response=token_of(first, "Right answer"),
        seq=2,
        now=start + timedelta(minutes=10, seconds=20),
    )
    # ...after it, the attempt closes and is graded with what was saved.
    with pytest.raises(AssessmentError) as exc:
        services.attempt_answer_save(
            attempt=attempt,
            user=teacher,
            position=1,
            response=token_of(attempt.questions[1], "Right answer"),
            seq=1,
            now=start + timedelta(minutes=10, seconds=31),
        )
    assert exc.value.code == "closed"
    attempt.refresh_from_db()
    assert attempt.status == "graded"
    assert attempt.close_reason == "time_expired"
    assert attempt.score == 50
    assert not attempt.passed


def test_expired_attempts_are_closed_by_the_periodic_command(teacher, single_choice, make_assessment):
    assessment = make_assessment([single_choice()], time_limit_minutes=1, grace_seconds=0)
    attempt = services.attempt_start(user=teacher, assessment=assessment, now=timezone.now() - timedelta(minutes=5))
    assert services.attempts_close_expired() == 1
    attempt.refresh_from_db()
    assert attempt.status == "graded"


def test_attempt_limit_and_cooldown(teacher, single_choice, make_assessment):
    assessment = make_assessment([single_choice()], max_attempts=2, cooldown_minutes=60)
    t0 = timezone.now()
    first = services.attempt_start(user=teacher, assessment=assessment, now=t0)
    # Starting again while one is open resumes it.
    assert services.attempt_start(user=teacher, assessment=assessment, now=t0).pk == first.pk
    services.attempt_submit(attempt=first, user=teacher, now=t0 + timedelta(minutes=1))
    with pytest.raises(AssessmentError) as cooldown:
        services.attempt_start(user=teacher, assessment=assessment, now=t0 + timedelta(minutes=30))
    assert cooldown.value.code == "cooldown"
    second = services.attempt_start(user=teacher, assessment=assessment, now=t0 + timedelta(minutes=62))
    assert second.number == 2
    services.attempt_submit(attempt=second, user=teacher, now=t0 + timedelta(minutes=63))
    with pytest.raises(AssessmentError) as exhausted:
        services.attempt_start(user=teacher, assessment=assessment, now=t0 + timedelta(days=1))
    assert exhausted.value.code == "attempts_exhausted"


def test_a_response_naming_an_unknown_option_is_refused(teacher, single_choice, make_assessment):
    attempt = services.attempt_start(user=teacher, assessment=make_assessment([single_choice()]))
    with pytest.raises(AssessmentError):
        services.attempt_answer_save(attempt=attempt, user=teacher, position=0, response="forged", seq=1)
    with pytest.raises(AssessmentError):
        services.attempt_answer_save(attempt=attempt, user=teacher, position=5, response=None, seq=1)


def test_someone_else_cannot_save_or_submit(teacher, make_user, single_choice, make_assessment):
    attempt = services.attempt_start(user=teacher, assessment=make_assessment([single_choice()]))
    intruder = make_user("intruder")
    with pytest.raises(AssessmentError):
        services.attempt_answer_save(attempt=attempt, user=intruder, position=0, response=None, seq=1)
    with pytest.raises(AssessmentError):
        services.attempt_submit(attempt=attempt, user=intruder)


def _graded_queries(teacher, make_question, make_assessment, n, slug):
    types = [
        ("single", {"options": [{"text": "r", "is_correct": True}, {"text": "w"}]}),
        (
            "multiple",
            {
                "options": [{"text": "r1", "is_correct": True}, {"text": "r2", "is_correct": True}, {"text": "w"}],
                "multiple_scoring": "proportional",
            },
        ),
        ("true_false", {"correct_boolean": False}),
        ("numeric", {"numeric_answer": 42, "numeric_tolerance": 1}),
        ("short_text", {"options": [{"text": "UNESCO", "is_correct": True}]}),
        ("ordering", {"options": ["a", "b", "c"]}),
        ("matching", {"options": [{"text": "x", "match_text": "1"}, {"text": "y", "match_text": "2"}]}),
    ]
    questions = []
    for i in range(n):
        qtype, fields = types[i % len(types)]
        questions.append(
            make_question(qtype, code=["KA.1", "KA.2"] if i % 3 == 0 else "KA.1", title=f"{slug}{i}", **fields)
        )
    assessment = make_assessment(questions, slug=slug)
    attempt = services.attempt_start(user=teacher, assessment=assessment)
    for i, q in enumerate(attempt.questions):
        services.attempt_answer_save(attempt=attempt, user=teacher, position=i, response=correct_response(q), seq=1)
    attempt = Attempt.objects.get(pk=attempt.pk)
    with CaptureQueriesContext(connection) as ctx:
        graded = services.attempt_submit(attempt=attempt, user=teacher)
    assert graded.passed, graded.results
    return len(ctx.captured_queries)


@pytest.mark.parametrize("n", [10, 100])
def test_grading_uses_a_constant_number_of_queries(
    n, teacher, make_question, make_assessment, django_assert_max_num_queries
):
    attempt = services.attempt_start(
        user=teacher,
        assessment=make_assessment(
            [make_question("true_false", correct_boolean=True, title=f"t{i}") for i in range(n)], slug=f"n{n}"
        ),
    )
    for i in range(n):
        services.attempt_answer_save(attempt=attempt, user=teacher, position=i, response="true", seq=1)
    attempt = Attempt.objects.get(pk=attempt.pk)
    with django_assert_max_num_queries(40):
        graded = services.attempt_submit(attempt=attempt, user=teacher)
    assert graded.score == 100
    assert CompetencyMastery.objects.get(user=teacher).status == "mastered"


def test_query_count_does_not_grow_with_questions(teacher, make_question, make_assessment):
    small = _graded_queries(teacher, make_question, make_assessment, 10, "small")
    large = _graded_queries(teacher, make_question, make_assessment, 100, "large")
    assert small == large


def test_expired_attempts_are_closed_on_a_schedule(teacher, single_choice, make_assessment):
    from django_q.models import Schedule

    from assessments.tasks import CLOSE_SCHEDULE_NAME, attempts_close_expired_task

    schedule = Schedule.objects.get(name=CLOSE_SCHEDULE_NAME)
    assert schedule.func == "assessments.tasks.attempts_close_expired_task"
    assessment = make_assessment([single_choice()], time_limit_minutes=1, grace_seconds=0)
    services.attempt_start(user=teacher, assessment=assessment, now=timezone.now() - timedelta(minutes=5))
    assert attempts_close_expired_task() == 1


def test_a_save_racing_a_submit_never_changes_the_graded_attempt(teacher, single_choice, make_assessment):
    attempt = services.attempt_start(user=teacher, assessment=make_assessment([single_choice()]))
    right = token_of(attempt.questions[0], "Right answer")
    services.attempt_answer_save(attempt=attempt, user=teacher, position=0, response=right, seq=1)
    # Another tab submits while this request still holds the attempt as it was before the submit.
    stale = Attempt.objects.get(pk=attempt.pk)
    graded = services.attempt_submit(attempt=Attempt.objects.get(pk=attempt.pk), user=teacher)
    wrong = token_of(attempt.questions[0], "Wrong answer")
    with pytest.raises(AssessmentError) as exc:
        services.attempt_answer_save(attempt=stale, user=teacher, position=0, response=wrong, seq=2)
    assert exc.value.code == "closed"
    assert attempt.answers.get().response == right
    assert services.attempt_grade(attempt=Attempt.objects.get(pk=attempt.pk)).results == graded.results
