"""Cloze (Moodle's embedded answers): grading, the no-JavaScript player, results, admin editing, frozen attempts."""

import random
from decimal import Decimal

import pytest

from assessments.grading import grade_response
from assessments.models import Answer, Attempt, Question
from assessments.question_types.cloze_syntax import ClozeError, cloze_parse
from assessments.selectors import item_statistics
from assessments.services.snapshot import question_public, question_snapshot

TEXT = (
    "The capital of France is {1:SHORTANSWER:=Paris#Right!~%50%Marseille#Second city~*#No}.\n"
    "Half of 5 is {2:NUMERICAL:=2.5:0.01#Exact~%50%2.5:0.5#Close}. "
    "Files: {1:MULTICHOICE:=PDF#Keeps the layout~DOCX#Editable}, "
    "{1:MULTICHOICE_V:=Keyboard~Printer#Outputs}; case: {1:SHORTANSWER_C:=HTML}; "
    "inputs {2:MULTIRESPONSE:=Mouse~=Scanner~Speaker#Outputs sound}."
)


@pytest.fixture
def cloze(make_question):
    return make_question("cloze", text=TEXT, points="8", general_feedback="GENERAL-FEEDBACK")


def _frozen(question, seed=1):
    return question_snapshot(question, random.Random(seed), shuffle_options=True)


def _token(gap: dict, text: str) -> str:
    return next(o["token"] for o in gap["options"] if o["text"] == text)


def _right(q: dict) -> dict:
    g = {gap["number"]: gap for gap in q["gaps"]}
    return {
        "1": "paris",
        "2": "2,5",
        "3": _token(g[3], "PDF"),
        "4": _token(g[4], "Keyboard"),
        "5": "HTML",
        "6": [_token(g[6], "Mouse"), _token(g[6], "Scanner")],
    }


def test_grade_is_the_weighted_sum_of_the_gaps(cloze):
    q = _frozen(cloze)
    assert grade_response(q, _right(q)) == 1
    half_city = {**_right(q), "1": "Marseille"}  # weight 1 of 8, half credit
    assert grade_response(q, half_city) == Decimal("0.9375")
    close = {**_right(q), "2": "2.9"}  # weight 2 of 8, half credit within the wider tolerance
    assert grade_response(q, close) == Decimal("0.875")
    case = {**_right(q), "5": "html"}  # SHORTANSWER_C: case matters
    assert grade_response(q, case) == Decimal("0.875")
    g6 = q["gaps"][5]
    one_wrong = {**_right(q), "6": [_token(g6, "Mouse"), _token(g6, "Scanner"), _token(g6, "Speaker")]}
    assert grade_response(q, one_wrong) == Decimal("0.875")  # the wrong pick cancels one right pick
    assert grade_response(q, {}) == 0 and grade_response(q, None) == 0


def test_the_browser_sees_the_gaps_but_no_key(cloze):
    q = _frozen(cloze)
    public = question_public(q)
    text = str(public)
    for secret in ("Paris", "Marseille", "2.5", "Right!", "fraction", "tolerance", "GENERAL-FEEDBACK", "{1:"):
        assert secret not in text, secret
    assert [g["kind"] for g in public["gaps"]] == [
        "shortanswer",
        "numerical",
        "multichoice",
        "multichoice",
        "shortanswer",
        "multiresponse",
    ]
    assert public["text"].startswith("The capital of France is [1].")


def test_a_teacher_answers_gaps_in_plain_forms_and_sees_feedback_per_gap(client, teacher, cloze, make_assessment):
    make_assessment([cloze], slug="gaps", feedback_timing="after_submission")
    client.force_login(teacher)
    client.post("/assessments/gaps/start/")
    attempt = Attempt.objects.get(user=teacher)
    q = attempt.questions[0]
    page = client.get(f"/assessments/attempt/{attempt.uuid}/q/1/").content.decode()
    assert 'aria-label="Gap 1 of 6"' in page and 'aria-label="Gap 6 of 6"' in page
    assert '<select class="cloze-gap" name="gap-3"' in page and 'type="radio" name="gap-4"' in page
    assert 'type="checkbox" name="gap-6"' in page and "Paris" not in page and "GENERAL-FEEDBACK" not in page
    right = _right(q)
    form = {f"gap-{n}": v for n, v in right.items()}
    form.update({"gap-1": "Marseille", "seq": 1, "action": "finish"})
    client.post(f"/assessments/attempt/{attempt.uuid}/q/1/", form)
    saved = Answer.objects.get(attempt=attempt, position=0).response
    assert saved["1"] == "Marseille" and sorted(saved["6"]) == sorted(right["6"])
    # Resuming shows the saved answers in the fields.
    again = client.get(f"/assessments/attempt/{attempt.uuid}/q/1/").content.decode()
    assert 'value="Marseille"' in again and "selected" in again
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    attempt.refresh_from_db()
    assert attempt.status == "graded" and attempt.score == Decimal("93.75")
    results = client.get(f"/assessments/attempt/{attempt.uuid}/").content.decode()
    assert "Gap 1: Second city" in results and "Gap 3: Keeps the layout" in results
    assert "Gap 1: Marseille" in results and "Gap 1: Paris" in results  # given, and the right answer
    assert "GENERAL-FEEDBACK" in results


def test_no_feedback_when_the_policy_says_never(client, teacher, cloze, make_assessment):
    make_assessment([cloze], slug="quiet", feedback_timing="never")
    client.force_login(teacher)
    client.post("/assessments/quiet/start/")
    attempt = Attempt.objects.get(user=teacher)
    client.post(f"/assessments/attempt/{attempt.uuid}/q/1/", {"gap-1": "Marseille", "seq": 1, "action": "finish"})
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    results = client.get(f"/assessments/attempt/{attempt.uuid}/").content.decode()
    assert "Second city" not in results and "Paris" not in results


def test_forged_gap_answers_are_refused(client, teacher, cloze, make_assessment):
    make_assessment([cloze], slug="forge")
    client.force_login(teacher)
    client.post("/assessments/forge/start/")
    attempt = Attempt.objects.get(user=teacher)
    url = f"/assessments/attempt/{attempt.uuid}/save/"
    assert client.post(url, {"position": 0, "seq": 1, "gap-3": "not-a-token"}).status_code == 400
    assert client.post(url, {"position": 0, "seq": 2, "gap-1": "Paris"}).json() == {"saved": True, "seq": 2}


def test_the_attempt_keeps_the_cloze_it_started_with(client, teacher, cloze, make_assessment):
    make_assessment([cloze], slug="frozen")
    client.force_login(teacher)
    client.post("/assessments/frozen/start/")
    cloze.text = "Changed: {1:SHORTANSWER:=Lyon}"
    cloze.save()
    attempt = Attempt.objects.get(user=teacher)
    client.post(f"/assessments/attempt/{attempt.uuid}/q/1/", {"gap-1": "Paris", "seq": 1, "action": "finish"})
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    answer = Answer.objects.get(attempt=attempt, position=0)
    assert answer.score == Decimal("0.125")  # Paris still right: 1 of the 8 weights


def test_item_statistics_count_cloze_scores(client, trainer, teacher, cloze, make_assessment):
    make_assessment([cloze], slug="stats")
    client.force_login(teacher)
    client.post("/assessments/stats/start/")
    attempt = Attempt.objects.get(user=teacher)
    client.post(f"/assessments/attempt/{attempt.uuid}/q/1/", {"gap-1": "Paris", "seq": 1, "action": "finish"})
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    client.force_login(trainer)
    assert client.get("/assessments/statistics/stats/").status_code == 200
    (stats,) = item_statistics(assessment=attempt.assessment)
    assert (stats.type, stats.attempts, stats.facility) == ("cloze", 1, Decimal("0.12"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("No gap here", "The text has no gap"),
        ("A {1:SHORTANSWER:=a} and {1:MULTICHOICE:=only}", "Gap 2 ({1:MULTICHOICE…}): a choice gap needs at least two"),
        ("A {1:SHORTANSWER:%50%half}", "Gap 1 ({1:SHORTANSWER…}): no alternative is fully right"),
        ("A {1:NUMERICAL:=five}", "“five” is not a number"),
        ("A {1:SHORTANSWER:=a", "the gap is not closed"),
        ("A {1:SHORT:=a}", "unknown type “SHORT”"),
    ],
)
def test_cloze_syntax_errors_name_the_gap(text, message):
    with pytest.raises(ClozeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        cloze_parse(text)


def test_escaped_characters_and_weights():
    (gap,) = cloze_parse(r"Type {3:SA:=a\}b\#c\~d#it is a\}b}").gaps
    assert gap.weight == 3 and gap.answers[0].text == "a}b#c~d" and gap.answers[0].feedback == "it is a}b"


def _admin_data(competency_pk: int, text: str) -> dict:
    return {
        "title": "Gaps",
        "type": "cloze",
        "text": text,
        "difficulty": "1",
        "points": "2",
        "is_active": "on",
        "general_feedback": "",
        "multiple_scoring": "all_or_nothing",
        "wrong_pick_penalty": "1",
        "numeric_tolerance": "0",
        "whitespace": "collapse",
        "alignments-TOTAL_FORMS": "1",
        "alignments-INITIAL_FORMS": "0",
        "alignments-MIN_NUM_FORMS": "1",
        "alignments-MAX_NUM_FORMS": "1000",
        "alignments-0-competency": str(competency_pk),
        "alignments-0-weight": "1",
        "alignments-0-ORDER": "1",
        "options-TOTAL_FORMS": "0",
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "0",
        "options-MAX_NUM_FORMS": "1000",
    }


def test_trainer_writes_a_cloze_in_moodle_syntax_checked_on_save(client, trainer, competencies):
    client.force_login(trainer)
    pk = competencies["KA.1"].pk
    bad = client.post("/admin/snippets/assessments/question/add/", _admin_data(pk, "A {1:MULTICHOICE:=x} gap"))
    assert bad.status_code == 200
    assert "Gap 1 ({1:MULTICHOICE…}): a choice gap needs at least two alternatives" in bad.content.decode()
    assert not Question.objects.exists()
    good = client.post("/admin/snippets/assessments/question/add/", _admin_data(pk, "A {1:SA:=word} gap"))
    assert good.status_code == 302
    assert Question.objects.get(title="Gaps").type == "cloze"
