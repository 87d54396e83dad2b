"""True / false: a statement the teacher judges."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments.errors import AssessmentError

from .base import Frozen, QuestionKind, xml_answer
from .exchange import fraction_of
from .text import ONE, ZERO


@dataclass
class TrueFalseKey(Frozen):
    correct: bool


class TrueFalse(QuestionKind):
    name = "true_false"
    moodle_type = "truefalse"
    moodle_penalty = "1"
    translation_lines = ""  # a translation has the text and the general feedback only

    def response_clean(self, question: dict, response):
        value = str(response).strip().lower()
        if value not in ("true", "false"):
            raise AssessmentError(_("Answer true or false."), code="response")
        return value

    def snapshot(self, q: dict, question, ctx) -> None:
        q["key"] = TrueFalseKey(correct=bool(question.correct_boolean)).as_dict()

    def grade(self, key: dict, response) -> Decimal:
        value = {"true": True, "false": False}.get(str(response).strip().lower()) if response is not None else None
        return ONE if value is not None and value == key["correct"] else ZERO

    def response_display(self, question: dict, response) -> str:
        return _("True") if response == "true" else _("False")

    def correct_display(self, question: dict) -> str:
        return _("True") if question["key"]["correct"] else _("False")

    def admin_problem(self, cleaned: dict, options: list[dict]) -> str | None:
        if cleaned.get("correct_boolean") is None:
            return _("Say whether the statement is true or false.")
        return None

    def draft_problems(self, draft) -> list[str]:
        return [_("a true/false question needs its answer")] if draft.correct_boolean is None else []

    def gift(self, question, options: list) -> str:
        return "T" if question.correct_boolean else "F"

    def moodle_xml(self, question, options: list) -> str:
        right = bool(question.correct_boolean)
        return xml_answer("100" if right else "0", "true") + xml_answer("0" if right else "100", "false")

    def from_moodle_xml(self, node, draft) -> None:
        draft.type = self.name
        right = next((a for a in node.findall("answer") if fraction_of(a) == 100), None)
        draft.correct_boolean = None if right is None else right.value().lower() == "true"
