"""Checking what the browser sent against the frozen question before it is stored (each type checks its own)."""

from django.utils.translation import gettext as _

from assessments.question_types import question_kind

from .errors import AssessmentError


def response_clean(*, question: dict, response):
    """The response in its stored shape, or None for 'no answer'. Unknown option tokens are refused."""
    if response in (None, "", [], {}):
        return None
    try:
        kind = question_kind(question["type"])
    except KeyError:
        raise AssessmentError(_("Unknown question type."), code="response") from None
    return kind.response_clean(question, response)
