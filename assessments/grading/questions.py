"""Grading one frozen question: each question type grades its own (assessments/question_types/<type>.py)."""

from decimal import Decimal

from assessments.question_types import question_kind


def grade_response(question: dict, response) -> Decimal | None:
    """The fraction earned for one frozen question; None when a trainer must grade it (extended response)."""
    return question_kind(question["type"]).grade(question["key"], response)


def graded_by_trainer(question: dict) -> bool:
    """A trainer grades this frozen question (its type says so): it is never checked on the spot."""
    return question_kind(question["type"]).graded_by_trainer
