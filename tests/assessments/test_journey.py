"""A teacher takes a demo assessment with plain forms (no JavaScript), loses the connection, resumes, submits."""

import pytest
from django.test import Client

from assessments import services
from assessments.demo import demo_assessments_ensure
from assessments.models import Assessment, Attempt
from competency.models import LevelAttainment
from competency.signals import level_attained

from .conftest import correct_response
from .helpers import form_data


@pytest.fixture
def demo(framework_v3):
    demo_assessments_ensure()


def test_lose_connection_resume_submit_and_see_results(demo, teacher):
    phone = Client(HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 12; Phone) Mobile")
    phone.login(username="teacher1", password="pw-for-tests-1")
    page = phone.get("/assessments/module-ka-3/")
    assert b'name="viewport"' in page.content
    start = phone.post("/assessments/module-ka-3/start/")
    attempt = Attempt.objects.get(user=teacher)
    question_1 = phone.get(start.url, follow=True)
    assert question_1.request["PATH_INFO"].endswith("/q/1/")
    half = len(attempt.questions) // 2
    for i, q in enumerate(attempt.questions[:half], start=1):
        saved = phone.post(
            f"/assessments/attempt/{attempt.uuid}/q/{i}/", {"seq": 1, "action": "next", **form_data(q)}, follow=True
        )
        assert saved.redirect_chain[-1][0].endswith(f"/q/{i + 1}/")
    # The connection drops: a new browser session logs in again.
    phone = Client()
    phone.login(username="teacher1", password="pw-for-tests-1")
    resumed = phone.get(attempt.get_absolute_url())
    assert resumed.url.endswith(f"/q/{half + 1}/"), "resumes on the question the teacher was on"
    first = phone.get(f"/assessments/attempt/{attempt.uuid}/q/1/").content.decode()
    q1 = attempt.questions[0]
    if q1["type"] in ("numeric", "short_text"):
        shown = f'value="{form_data(q1)["response"]}"' in first
    else:
        shown = "checked" in first or "selected" in first
    assert shown, f"the saved answer to the {q1['type']} question is shown again"
    for i, q in enumerate(attempt.questions[half:], start=half + 1):
        phone.post(f"/assessments/attempt/{attempt.uuid}/q/{i}/", {"seq": 1, "action": "next", **form_data(q)})
    confirm = phone.get(f"/assessments/attempt/{attempt.uuid}/submit/")
    assert b"Submit my answers" in confirm.content
    results = phone.post(f"/assessments/attempt/{attempt.uuid}/submit/", follow=True).content.decode()
    assert "Results per competency" in results
    assert "KA.3" in results and "100 %" in results
    again = phone.post(f"/assessments/attempt/{attempt.uuid}/submit/", follow=True).content.decode()
    assert "100 %" in again
    profile = phone.get("/me/competencies/").content.decode()
    assert "1 of 6 mastered" in profile
    assert "module-ka-3, attempt 1" in profile


def test_mastering_all_six_ka_competencies_attains_level_1(demo, teacher, client, django_capture_on_commit_callbacks):
    heard = []

    def receiver(sender, attainment, user, level, **kwargs):
        heard.append((user.pk, level.code))

    level_attained.connect(receiver)
    try:
        client.force_login(teacher)
        assert "Level attained" not in client.get("/me/competencies/").content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            for n in range(1, 7):
                attempt = services.attempt_start(user=teacher, assessment=Assessment.objects.get(slug=f"module-ka-{n}"))
                for i, q in enumerate(attempt.questions):
                    services.attempt_answer_save(
                        attempt=attempt, user=teacher, position=i, response=correct_response(q), seq=1
                    )
                services.attempt_submit(attempt=attempt, user=teacher)
                assert LevelAttainment.objects.filter(user=teacher).exists() == (n == 6)
    finally:
        level_attained.disconnect(receiver)
    assert heard == [(teacher.pk, "KA")]
    attainment = LevelAttainment.objects.get(user=teacher)
    assert sorted(attainment.competencies) == [f"KA.{n}" for n in range(1, 7)]
    assert attainment.rule["mastery_threshold"] == "80.00"
    profile = client.get("/me/competencies/").content.decode()
    assert "Level attained on" in profile
    assert "6 of 6 mastered" in profile


def test_demo_teacher_starts_with_nothing_and_profile_suggests_modules(demo, teacher, client):
    client.force_login(teacher)
    profile = client.get("/me/competencies/").content.decode()
    assert "0 of 6 mastered" in profile
    assert "What to take next" in profile
    assert profile.count("Not started") >= 18


def test_demo_content_is_well_formed(demo):
    for slug in [f"module-ka-{n}" for n in range(1, 7)] + ["module-kd-3", "module-kc-6"]:
        a = Assessment.objects.get(slug=slug)
        questions = [item.question for item in a.items.select_related("question")]
        assert 8 <= len(questions) <= 20, slug
        assert len({q.type for q in questions}) >= 5, slug
        assert all(q.alignments.filter(competency__in=a.competencies.all()).exists() for q in questions)
    exam = Assessment.objects.get(slug="exam-ka")
    assert exam.kind == "level_exam"
    assert sorted(exam.competencies.values_list("code", flat=True)) == [f"KA.{n}" for n in range(1, 7)]
    assert exam.draws.count() == 6


def test_level_exam_draws_from_every_ka_pool(demo, teacher):
    attempt = services.attempt_start(user=teacher, assessment=Assessment.objects.get(slug="exam-ka"))
    codes = [code for q in attempt.questions for code in q["competencies"]]
    assert sorted(set(codes)) == [f"KA.{n}" for n in range(1, 7)]
    assert len(attempt.questions) == 12
