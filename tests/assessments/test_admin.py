"""Trainers author the bank in the Wagtail admin."""

import pytest


@pytest.mark.parametrize("model", ["question", "rubric", "assessment"])
def test_trainer_can_open_the_snippet_editors(client, trainer, framework_v3, model):
    client.force_login(trainer)
    listing = client.get(f"/admin/snippets/assessments/{model}/")
    assert listing.status_code == 200
    assert client.get(f"/admin/snippets/assessments/{model}/add/").status_code == 200


def test_trainer_creates_a_question_in_the_admin(client, trainer, framework_v3):
    from assessments.models import Question
    from competency.models import Competency

    ka3 = Competency.objects.get(code="KA.3")
    client.force_login(trainer)
    data = {
        "title": "Drill",
        "type": "true_false",
        "text": "Drill software gives instant feedback.",
        "difficulty": "1",
        "points": "1",
        "is_active": "on",
        "general_feedback": "",
        "multiple_scoring": "all_or_nothing",
        "wrong_pick_penalty": "1",
        "correct_boolean": "true",
        "numeric_tolerance": "0",
        "ignore_accents": "on",
        "whitespace": "collapse",
        "alignments-TOTAL_FORMS": "1",
        "alignments-INITIAL_FORMS": "0",
        "alignments-MIN_NUM_FORMS": "1",
        "alignments-MAX_NUM_FORMS": "1000",
        "alignments-0-competency": str(ka3.pk),
        "alignments-0-weight": "1",
        "alignments-0-ORDER": "1",
        "options-TOTAL_FORMS": "0",
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "0",
        "options-MAX_NUM_FORMS": "1000",
    }
    response = client.post("/admin/snippets/assessments/question/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    q = Question.objects.get(title="Drill")
    assert q.alignments.get().competency == ka3 and q.correct_boolean is True


def test_teacher_cannot_open_the_question_bank(client, teacher):
    client.force_login(teacher)
    assert client.get("/admin/snippets/assessments/question/").status_code in (302, 403)


def test_admin_refuses_a_single_choice_without_a_right_option(client, trainer, framework_v3):
    from assessments.models import Question
    from competency.models import Competency

    client.force_login(trainer)
    data = {
        "title": "No key",
        "type": "single",
        "text": "Which?",
        "difficulty": "1",
        "points": "1",
        "multiple_scoring": "all_or_nothing",
        "wrong_pick_penalty": "1",
        "numeric_tolerance": "0",
        "alignments-TOTAL_FORMS": "1",
        "alignments-INITIAL_FORMS": "0",
        "alignments-MIN_NUM_FORMS": "1",
        "alignments-MAX_NUM_FORMS": "1000",
        "alignments-0-competency": str(Competency.objects.get(code="KA.1").pk),
        "alignments-0-weight": "1",
        "alignments-0-ORDER": "1",
        "options-TOTAL_FORMS": "2",
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "0",
        "options-MAX_NUM_FORMS": "1000",
        "options-0-text": "A",
        "options-0-ORDER": "1",
        "options-1-text": "B",
        "options-1-ORDER": "2",
    }
    response = client.post("/admin/snippets/assessments/question/add/", data)
    assert response.status_code == 200
    assert "exactly one of them correct" in response.content.decode()
    assert not Question.objects.exists()
