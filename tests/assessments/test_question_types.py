"""One home per question type (ADR 0185): every type is one module in the registry, the old circle is gone, and a
frozen question is stored exactly as before, so attempts started before the registry still read back and grade."""

import importlib.util
import random
from decimal import Decimal
from pathlib import Path

import pytest

import assessments
from assessments.grading import grade_response
from assessments.models import QuestionType
from assessments.question_types import moodle_reader, question_kind, question_kinds
from assessments.services.snapshot import question_snapshot


def test_every_type_has_one_module_in_the_registry():
    assert [k.name for k in question_kinds()] == [value for value, _label in QuestionType.choices]
    for kind in question_kinds():
        assert type(kind).__module__ == f"assessments.question_types.{kind.name}"
        assert Path(assessments.__file__).parent.joinpath("templates", kind.template).is_file()
    assert moodle_reader("multichoice").name == "single" and moodle_reader("calculated") is None


def test_the_old_circle_and_the_second_cloze_module_are_gone():
    assert importlib.util.find_spec("assessments.grading.cloze") is None
    assert importlib.util.find_spec("assessments.cloze") is None
    app = Path(assessments.__file__).parent
    assert [p.relative_to(app).as_posix() for p in app.rglob("cloze.py")] == ["question_types/cloze.py"]


# The JSON keys each type froze before the registry, in their order: stored attempts hold exactly these.
FROZEN_KEYS = {
    "single": ["correct", "labels"],
    "multiple": ["correct", "scoring", "penalty", "labels"],
    "true_false": ["correct"],
    "numeric": ["answer", "tolerance"],
    "short_text": ["answers", "accepted", "case_sensitive", "ignore_accents", "whitespace"],
    "ordering": ["order", "labels"],
    "matching": ["pairs", "labels"],
    "extended": [],
    "cloze": ["gaps", "ignore_accents", "whitespace"],
}


@pytest.fixture
def one_of_each(make_question, rubric):
    return {
        "single": make_question("single", options=[{"text": "A", "is_correct": True}, "B"]),
        "multiple": make_question("multiple", options=[{"text": "A", "is_correct": True}, "B"]),
        "true_false": make_question("true_false", correct_boolean=True),
        "numeric": make_question("numeric", numeric_answer=Decimal("80"), numeric_tolerance=Decimal("0.5")),
        "short_text": make_question("short_text", options=[{"text": "Frog", "is_correct": True, "feedback": "Yes"}]),
        "ordering": make_question("ordering", options=["1", "2", "3"]),
        "matching": make_question(
            "matching", options=[{"text": "A", "match_text": "a"}, {"text": "B", "match_text": "b"}]
        ),
        "extended": make_question("extended", rubric=rubric, allow_file=True),
        "cloze": make_question("cloze", text="Go {1:MULTICHOICE:=up~down} {2:NUMERICAL:=80:1}"),
    }


def test_frozen_keys_are_stored_as_before(one_of_each):
    for name, question in one_of_each.items():
        frozen = question_snapshot(question, random.Random(7), shuffle_options=True)
        assert list(frozen["key"]) == FROZEN_KEYS[name], name
    numeric = question_snapshot(one_of_each["numeric"], random.Random(7), shuffle_options=False)
    assert Decimal(numeric["key"]["answer"]) == 80 and numeric["key"]["tolerance"] == "0.5"
    # Stored as the old code stored it (str of a normalised Decimal), shown to teachers as a plain number.
    assert question_kind("numeric").correct_display(numeric) == "80 ± 0.5"
    cloze_80 = question_snapshot(one_of_each["cloze"], random.Random(7), shuffle_options=False)
    assert question_kind("cloze").correct_display(cloze_80) == "Gap 1: up; Gap 2: 80 ± 1"
    extended = question_snapshot(one_of_each["extended"], random.Random(7), shuffle_options=False)
    assert extended["allow_file"] is True and extended["rubric"]["criteria"]
    cloze = question_snapshot(one_of_each["cloze"], random.Random(7), shuffle_options=False)
    assert list(cloze["key"]["gaps"][0]) == ["kind", "weight", "case_sensitive", "answers"]


def test_the_same_seed_freezes_the_same_question(one_of_each):
    for question in one_of_each.values():
        first = question_snapshot(question, random.Random(3), shuffle_options=True)
        assert question_snapshot(question, random.Random(3), shuffle_options=True) == first


def test_attempts_stored_before_the_registry_still_grade():
    """Keys written by the old code, including a short-text key from before fractions (`accepted` only)."""
    old = [
        ({"type": "single", "key": {"correct": "t1", "labels": {"t1": "A"}}}, "t1", 1),
        ({"type": "multiple", "key": {"correct": ["a", "b"], "scoring": "proportional", "penalty": "1"}}, ["a"], "0.5"),
        ({"type": "numeric", "key": {"min": "100", "max": "240"}}, "2,4E2", 1),
        ({"type": "short_text", "key": {"accepted": ["Frog"], "case_sensitive": False}}, " frog ", 1),
        ({"type": "ordering", "key": {"order": ["x", "y"]}}, ["y", "x"], 0),
        ({"type": "matching", "key": {"pairs": {"l1": "r1", "l2": "r2"}}}, {"l1": "r1"}, "0.5"),
        ({"type": "extended", "key": {}}, {"text": "essay"}, None),
    ]
    for question, response, expected in old:
        got = grade_response(question, response)
        assert got == (None if expected is None else Decimal(str(expected))), question["type"]


def test_a_type_cleans_and_reads_its_own_form():
    from django.http import QueryDict

    ordering = question_kind("ordering")
    question = {"type": "ordering", "options": [{"token": "a", "text": "A"}, {"token": "b", "text": "B"}]}
    assert ordering.response_from_form(question, QueryDict("rank-a=2&rank-b=1")) == ["b", "a"]
    assert ordering.response_clean(question, ["b", "a"]) == ["b", "a"]
