"""What module pages and trainers read: per-teacher states and item statistics."""

from assessments import services
from assessments.models import Attempt
from assessments.selectors import assessment_states_for_user, item_statistics

from .conftest import token_of


def _take(user, assessment, right: bool):
    attempt = services.attempt_start(user=user, assessment=assessment)
    for i, q in enumerate(attempt.questions):
        services.attempt_answer_save(
            attempt=attempt,
            user=user,
            position=i,
            response=token_of(q, "Right answer" if right else "Wrong answer"),
            seq=1,
        )
    return services.attempt_submit(attempt=attempt, user=user)


def test_states_cover_every_status_in_one_query(
    teacher, single_choice, make_question, make_assessment, rubric, django_assert_num_queries
):
    fresh = make_assessment([single_choice()], slug="fresh")
    going = make_assessment([single_choice()], slug="going")
    passed = make_assessment([single_choice()], slug="passed")
    failed = make_assessment([single_choice()], slug="failed")
    waiting = make_assessment([make_question("extended", code="KD.3", rubric=rubric)], slug="waiting", code="KD.3")
    services.attempt_start(user=teacher, assessment=going)
    _take(teacher, passed, True)
    _take(teacher, failed, False)
    w = services.attempt_start(user=teacher, assessment=waiting)
    services.attempt_answer_save(attempt=w, user=teacher, position=0, response={"text": "essay"}, seq=1)
    services.attempt_submit(attempt=w, user=teacher)
    assessments = [fresh, going, passed, failed, waiting]
    with django_assert_num_queries(1):
        states = assessment_states_for_user(user=teacher, assessments=assessments)
    assert [s.status for s in states] == ["not_started", "in_progress", "passed", "failed", "awaiting_review"]
    assert states[0].url == "/assessments/fresh/"
    assert states[1].url == Attempt.objects.get(assessment=going).get_absolute_url()


def test_anonymous_visitors_see_not_started(single_choice, make_assessment, django_assert_num_queries):
    from django.contrib.auth.models import AnonymousUser

    a = make_assessment([single_choice()])
    with django_assert_num_queries(0):
        states = assessment_states_for_user(user=AnonymousUser(), assessments=[a])
    assert states[0].status == "not_started"


def test_item_statistics_flag_a_broken_question(make_user, single_choice, make_assessment, client, trainer):
    questions = [single_choice(title=f"good{n}") for n in range(3)] + [single_choice(title="broken")]
    assessment = make_assessment(questions, slug="stats", shuffle_questions=False)
    # Strong teachers answer "good" right and "broken" wrong; weak ones the reverse: "broken" discriminates badly.
    for i in range(4):
        user = make_user(f"t{i}")
        attempt = services.attempt_start(user=user, assessment=assessment)
        strong = i < 2
        for pos, q in enumerate(attempt.questions):
            right = strong if q["title"].startswith("good") else not strong
            services.attempt_answer_save(
                attempt=attempt,
                user=user,
                position=pos,
                response=token_of(q, "Right answer" if right else "Wrong answer"),
                seq=1,
            )
        services.attempt_submit(attempt=attempt, user=user)
    stats = {s.title: s for s in item_statistics(assessment=assessment)}
    assert stats["good0"].attempts == 4 and stats["good0"].facility == 0.5
    assert stats["good0"].discrimination == 1
    assert stats["broken"].discrimination == -1
    client.force_login(trainer)
    page = client.get("/assessments/statistics/stats/").content.decode()
    assert "broken" in page and "-1.00" in page
    # The broken question stands out in words, not only by colour; the good ones do not.
    assert stats["broken"].warnings and not stats["good0"].warnings
    assert page.count("Weak or negative discrimination") == 1
