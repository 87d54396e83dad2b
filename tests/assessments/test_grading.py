"""Each question type's pure grading function, with the edge cases teachers actually produce."""

from decimal import Decimal

import pytest

from assessments.grading import competency_results, grade_response
from assessments.question_types import question_kind
from assessments.question_types.text import parse_number

grade_matching = question_kind("matching").grade
grade_multiple = question_kind("multiple").grade
grade_numeric = question_kind("numeric").grade
grade_short_text = question_kind("short_text").grade


def q(qtype, **key):
    return {"type": qtype, "key": key}


@pytest.mark.parametrize(
    ("response", "expected"),
    [("a", 1), ("b", 0), ("", 0), (None, 0), (["a"], 0), (" a", 0)],
)
def test_single_choice(response, expected):
    assert grade_response(q("single", correct="a"), response) == expected


def test_multiple_all_or_nothing():
    key = {"correct": ["a", "b"], "scoring": "all_or_nothing"}
    assert grade_multiple(key, ["a", "b"]) == 1
    assert grade_multiple(key, ["b", "a"]) == 1
    assert grade_multiple(key, ["a"]) == 0
    assert grade_multiple(key, ["a", "b", "c"]) == 0
    assert grade_multiple(key, []) == 0
    assert grade_multiple(key, None) == 0


def test_multiple_proportional_with_penalty_never_below_zero():
    key = {"correct": ["a", "b", "c"], "scoring": "proportional", "penalty": "1"}
    assert grade_multiple(key, ["a", "b", "c"]) == 1
    assert grade_multiple(key, ["a"]) == Decimal("0.333333")
    assert grade_multiple(key, ["a", "b", "x"]) == Decimal("0.333333")
    # One right and three wrong picks would be negative: it floors at 0.
    assert grade_multiple(key, ["a", "x", "y", "z"]) == 0
    assert grade_multiple(key, ["x"]) == 0
    half = {"correct": ["a", "b"], "scoring": "proportional", "penalty": "0.5"}
    assert grade_multiple(half, ["a", "x"]) == Decimal("0.25")


@pytest.mark.parametrize(
    ("response", "expected"),
    [("true", 1), ("TRUE", 1), (" true ", 1), ("false", 0), ("", 0), (None, 0), ("yes", 0)],
)
def test_true_false(response, expected):
    assert grade_response(q("true_false", correct=True), response) == expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        ("3.14", 1),
        ("3.13", 1),  # exactly at the lower boundary of the tolerance
        ("3.15", 1),  # exactly at the upper boundary
        ("3.1500001", 0),
        ("3.1299999", 0),
        ("3,14", 1),  # comma decimal mark
        ("  3.14  ", 1),
        ("", 0),
        ("pi", 0),
        ("NaN", 0),
        ("Infinity", 0),
        (None, 0),
    ],
)
def test_numeric_tolerance_boundaries(response, expected):
    assert grade_numeric({"answer": "3.14", "tolerance": "0.01"}, response) == expected


def test_numeric_range_and_unicode_minus():
    key = {"min": "-5", "max": "-1"}
    assert grade_numeric(key, "\u22125") == 1  # Unicode minus sign
    assert grade_numeric(key, "-1") == 1
    assert grade_numeric(key, "-0.99") == 0
    assert grade_numeric(key, "-5.01") == 0
    assert parse_number("1 000") == Decimal("1000")
    assert parse_number("٣") == Decimal("3")  # Arabic-Indic digit


def test_short_text_normalisation():
    key = {"accepted": ["Creative Commons"], "case_sensitive": False, "ignore_accents": True}
    assert grade_short_text(key, "creative commons") == 1
    assert grade_short_text(key, "  Creative   Commons \n") == 1
    assert grade_short_text(key, "Creative Common") == 0
    assert grade_short_text(key, "") == 0
    assert grade_short_text(key, "   ") == 0
    assert grade_short_text(key, None) == 0


def test_short_text_case_and_accents_options():
    strict = {"accepted": ["Éducation"], "case_sensitive": True, "ignore_accents": False}
    assert grade_short_text(strict, "Éducation") == 1
    assert grade_short_text(strict, "E\u0301ducation") == 1  # same text, decomposed: Unicode-normalised
    assert grade_short_text(strict, "éducation") == 0
    assert grade_short_text(strict, "Education") == 0
    loose = {"accepted": ["Éducation"], "case_sensitive": False, "ignore_accents": True}
    assert grade_short_text(loose, "education") == 1
    assert grade_short_text(loose, "ÉDUCATION") == 1


def test_short_text_wildcards_are_the_only_special_characters():
    key = {"accepted": ["*portfolio", "a.b"], "case_sensitive": False, "ignore_accents": True}
    assert grade_short_text(key, "e-portfolio") == 1
    assert grade_short_text(key, "portfolio") == 1
    assert grade_short_text(key, "portfolios") == 0
    assert grade_short_text(key, "a.b") == 1
    assert grade_short_text(key, "axb") == 0  # "." is literal, not a regex wildcard


def test_ordering_is_the_order_given():
    question = q("ordering", order=["a", "b", "c"])
    assert grade_response(question, ["a", "b", "c"]) == 1
    assert grade_response(question, ["b", "a", "c"]) == 0
    assert grade_response(question, ["a", "b"]) == 0
    assert grade_response(question, None) == 0


def test_matching_gives_credit_per_pair():
    key = {"pairs": {"l1": "r1", "l2": "r2", "l3": "r3", "l4": "r4"}}
    assert grade_matching(key, {"l1": "r1", "l2": "r2", "l3": "r3", "l4": "r4"}) == 1
    assert grade_matching(key, {"l1": "r1", "l2": "r3"}) == Decimal("0.25")
    assert grade_matching(key, {}) == 0
    assert grade_matching(key, "nonsense") == 0


def test_extended_waits_for_a_trainer():
    assert grade_response({"type": "extended", "key": {}}, {"text": "essay"}) is None


def test_grading_is_deterministic():
    key = {"correct": ["a", "b", "c"], "scoring": "proportional", "penalty": "1"}
    assert len({grade_multiple(key, ["a", "x"]) for _ in range(50)}) == 1


def test_weighted_competency_scores_and_pass_marks():
    questions = [
        {"points": "1", "competencies": {"KA.1": "1"}},
        {"points": "2", "competencies": {"KA.1": "1", "KA.2": "3"}},
        {"points": "1", "competencies": {"KA.2": "1"}},
    ]
    scores = {0: Decimal(1), 1: Decimal(0), 2: Decimal(1)}
    results = competency_results(questions, scores, {}, {"pass_mark": "80", "pass_marks": {"KA.2": "10"}})
    # KA.1: (1×1 + 0×2) / (1 + 2) = 33.33 %; KA.2: (0×6 + 1×1) / (6 + 1) = 14.29 %
    assert results["KA.1"].score == Decimal("33.33")
    assert not results["KA.1"].passed
    assert results["KA.2"].score == Decimal("14.29")
    assert results["KA.2"].passed  # its own pass mark is 10 %
    assert results["KA.1"].questions == [0, 1]


def test_short_text_whitespace_option():
    def key(whitespace):
        return {"accepted": ["e mail"], "case_sensitive": False, "ignore_accents": True, "whitespace": whitespace}

    # By default extra spaces are ignored, but a missing space is a different word.
    assert grade_short_text(key("collapse"), "  e   mail ") == 1
    assert grade_short_text(key("collapse"), "email") == 0
    # "Ignore all spaces" accepts the word written together or apart.
    assert grade_short_text(key("ignore"), "email") == 1
    assert grade_short_text(key("ignore"), " e m a i l ") == 1
    assert grade_short_text({**key("ignore"), "accepted": ["email"]}, "e mail") == 1
    # "Exact" ignores only the ends.
    assert grade_short_text(key("exact"), " e mail ") == 1
    assert grade_short_text(key("exact"), "e  mail") == 0
    assert grade_short_text(key("exact"), "   ") == 0


def test_short_text_whitespace_option_is_frozen_into_the_attempt(teacher, make_question, make_assessment):
    from assessments import services

    question = make_question("short_text", options=[{"text": "e mail", "is_correct": True}], whitespace="ignore")
    attempt = services.attempt_start(user=teacher, assessment=make_assessment([question]))
    question.whitespace = "collapse"
    question.save()
    services.attempt_answer_save(attempt=attempt, user=teacher, position=0, response="email", seq=1)
    assert services.attempt_submit(attempt=attempt, user=teacher).score == 100
