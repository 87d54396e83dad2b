"""Short answers with partial credit and Moodle's wildcard; matching distractors; per-answer feedback shown."""

import random
from decimal import Decimal

import pytest

from assessments.grading import grade_response
from assessments.importers.export import questions_export
from assessments.models import Attempt
from assessments.services.snapshot import question_snapshot


def _key(answers, **flags) -> dict:
    return {
        "type": "short_text",
        "key": {
            "answers": [{"text": t, "fraction": str(f)} for t, f in answers],
            "accepted": [t for t, f in answers if f],
            "case_sensitive": flags.get("case_sensitive", False),
            "ignore_accents": False,
            "whitespace": "collapse",
        },
    }


@pytest.mark.parametrize(
    ("answers", "response", "expected", "case"),
    [
        ([("Frog", 1), ("Cat", "0.5"), ("*", 0)], "cat", "0.5", False),
        ([("Frog", 1), ("Cat", "0.5"), ("*", 0)], "dog", "0", False),
        ([("Cat", "0.5"), ("Frog", 1)], "FROG", "1", False),
        # The best matching answer counts, even after a weaker one that also matches.
        ([("Par*", "0.5"), ("Paris", 1)], "Paris", "1", False),
        ([("Par*", "0.5"), ("Paris", 1)], "Parsley", "0.5", False),
        # "*" is any run of characters, also none; only "*" is special.
        ([("e*mail", 1)], "email", "1", False),
        ([("e*mail", 1)], "e-mail", "1", False),
        ([("a.c", 1)], "abc", "0", False),
        ([(r"5\*3", 1)], "5*3", "1", False),
        ([(r"5\*3", 1)], "563", "0", False),
        # Case per question, as Moodle's "usecase".
        ([("PDF", 1)], "pdf", "0", True),
        ([("PDF", 1)], "pdf", "1", False),
    ],
)
def test_short_answer_grading_as_moodle_means_it(answers, response, expected, case):
    assert grade_response(_key(answers, case_sensitive=case), response) == Decimal(expected)


def test_snapshots_from_before_fractions_grade_as_before():
    legacy = {"type": "short_text", "key": {"accepted": ["MOOC"], "case_sensitive": False, "ignore_accents": True}}
    assert grade_response(legacy, "mooc") == 1 and grade_response(legacy, "other") == 0


def test_short_answer_feedback_of_the_matched_answer_is_shown_after_submit(
    client, teacher, make_question, make_assessment
):
    q = make_question(
        "short_text",
        options=[
            {"text": "Frog", "is_correct": True, "feedback": "FB-FROG"},
            {"text": "Cat", "is_correct": True, "fraction": Decimal("0.5"), "feedback": "FB-CAT"},
            {"text": "*", "feedback": "FB-ANY"},
        ],
    )
    make_assessment([q], slug="animals", feedback_timing="after_submission")
    client.force_login(teacher)
    client.post("/assessments/animals/start/")
    attempt = Attempt.objects.get(user=teacher)
    page = client.get(f"/assessments/attempt/{attempt.uuid}/q/1/").content.decode()
    assert "FB-CAT" not in page and "Frog" not in page
    client.post(f"/assessments/attempt/{attempt.uuid}/q/1/", {"response": "cat", "seq": 1, "action": "finish"})
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    attempt.refresh_from_db()
    assert attempt.score == Decimal("50.00")
    results = client.get(f"/assessments/attempt/{attempt.uuid}/").content.decode()
    assert "FB-CAT" in results and "FB-FROG" not in results and "FB-ANY" not in results


def test_immediate_check_shows_the_matched_answer_feedback(client, teacher, make_question, make_assessment):
    q = make_question("short_text", options=[{"text": "Frog", "is_correct": True}, {"text": "*", "feedback": "FB-ANY"}])
    make_assessment([q], slug="now", feedback_timing="immediately")
    client.force_login(teacher)
    client.post("/assessments/now/start/")
    attempt = Attempt.objects.get(user=teacher)
    page = f"/assessments/attempt/{attempt.uuid}/q/1/"
    client.post(page, {"response": "toad", "seq": 1, "action": "check"})
    shown = client.get(page).content.decode()
    assert "Not correct" in shown and "FB-ANY" in shown


@pytest.fixture
def with_distractor(make_question):
    return make_question(
        "matching",
        options=[
            {"text": "A", "match_text": "a", "feedback": "FB-A"},
            {"text": "B", "match_text": "b"},
            {"text": "", "match_text": "DISTRACTOR-d"},
        ],
    )


def test_a_distractor_is_offered_in_every_list_and_never_right(client, teacher, with_distractor, make_assessment):
    frozen = question_snapshot(with_distractor, random.Random(3), shuffle_options=True)
    assert [o["text"] for o in sorted(frozen["options"], key=lambda o: o["text"])] == ["A", "B"]
    assert sorted(c["text"] for c in frozen["choices"]) == ["DISTRACTOR-d", "a", "b"]
    make_assessment([with_distractor], slug="match", feedback_timing="after_submission")
    client.force_login(teacher)
    client.post("/assessments/match/start/")
    attempt = Attempt.objects.get(user=teacher)
    q = attempt.questions[0]
    page = client.get(f"/assessments/attempt/{attempt.uuid}/q/1/").content.decode()
    assert page.count("DISTRACTOR-d") == 2  # one list per item to match
    choice = {c["text"]: c["token"] for c in q["choices"]}
    item = {o["text"]: o["token"] for o in q["options"]}
    form = {f"match-{item['A']}": choice["a"], f"match-{item['B']}": choice["DISTRACTOR-d"]}
    client.post(f"/assessments/attempt/{attempt.uuid}/q/1/", {**form, "seq": 1, "action": "finish"})
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    attempt.refresh_from_db()
    assert attempt.score == Decimal("50.00")
    assert "FB-A" in client.get(f"/assessments/attempt/{attempt.uuid}/").content.decode()


def test_a_distractor_is_exported_back(with_distractor):
    assert "= -> DISTRACTOR-d" in questions_export(questions=[with_distractor], fmt="gift")
    xml = questions_export(questions=[with_distractor], fmt="moodle-xml")
    distractor = "<text></text><answer><text>DISTRACTOR-d</text></answer></subquestion>"
    assert f'<subquestion format="plain_text">{distractor}' in xml
