"""Numeric: an answer with a tolerance, or a range; read as people type numbers (comma, spaces, Unicode minus)."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from .base import Frozen, QuestionKind, plain, short_typed, xml_answer
from .exchange import fraction_of
from .text import ONE, ZERO, parse_number


@dataclass
class NumericValueKey(Frozen):
    answer: str
    tolerance: str


@dataclass
class NumericRangeKey(Frozen):
    min: str
    max: str


class Numeric(QuestionKind):
    name = "numeric"
    moodle_type = "numerical"
    translation_lines = ""  # a translation has the text and the general feedback only

    def response_clean(self, question: dict, response):
        return short_typed(response)

    def snapshot(self, q: dict, question, ctx) -> None:
        if question.numeric_min is not None and question.numeric_max is not None:
            key = NumericRangeKey(min=str(question.numeric_min.normalize()), max=str(question.numeric_max.normalize()))
        else:
            key = NumericValueKey(
                answer=str((question.numeric_answer or 0).normalize()),
                tolerance=str(question.numeric_tolerance.normalize()),
            )
        q["key"] = key.as_dict()

    def grade(self, key: dict, response) -> Decimal:
        value = parse_number(response)
        if value is None:
            return ZERO
        if key.get("min") is not None and key.get("max") is not None:
            return ONE if Decimal(key["min"]) <= value <= Decimal(key["max"]) else ZERO
        answer, tolerance = Decimal(key["answer"]), abs(Decimal(key.get("tolerance") or "0"))
        return ONE if abs(value - answer) <= tolerance else ZERO

    def correct_display(self, question: dict) -> str:
        # Keys store numbers as they always have (80 may be "8E+1"); teachers read them plain.
        key = {k: plain(Decimal(v or 0)) for k, v in question["key"].items() if v is not None}
        if "min" in key:
            return _("from %(min)s to %(max)s") % key
        return f"{key['answer']} ± {key['tolerance']}" if key.get("tolerance") not in (None, "0") else key["answer"]

    def admin_problem(self, cleaned: dict, options: list[dict]) -> str | None:
        low, high = cleaned.get("numeric_min"), cleaned.get("numeric_max")
        if cleaned.get("numeric_answer") is None and (low is None or high is None):
            return _("A numeric question needs an answer (with a tolerance) or a range.")
        if low is not None and high is not None and low > high:
            return _("The range must start below its end.")
        return None

    def draft_problems(self, draft) -> list[str]:
        if draft.numeric_answer is None and (draft.numeric_min is None or draft.numeric_max is None):
            return [_("a numeric question needs an answer or a range")]
        return []

    def gift(self, question, options: list) -> str:
        if question.numeric_min is not None and question.numeric_max is not None:
            return f"#{plain(question.numeric_min)}..{plain(question.numeric_max)}"
        return f"#{plain(question.numeric_answer)}:{plain(question.numeric_tolerance)}"

    def moodle_xml(self, question, options: list) -> str:
        # Moodle has an answer and a tolerance: a range is its middle ± half its width.
        if question.numeric_min is not None and question.numeric_max is not None:
            answer = (question.numeric_min + question.numeric_max) / 2
            tolerance = (question.numeric_max - question.numeric_min) / 2
        else:
            answer, tolerance = question.numeric_answer or Decimal(0), question.numeric_tolerance
        return (
            xml_answer("100", plain(answer), extra=f"<tolerance>{plain(tolerance)}</tolerance>")
            + "<unitgradingtype>0</unitgradingtype><unitpenalty>0.1000000</unitpenalty>"
            + "<showunits>3</showunits><unitsleft>0</unitsleft>"
        )

    def from_moodle_xml(self, node, draft) -> None:
        draft.type = self.name
        right = next((a for a in node.findall("answer") if fraction_of(a) == 100), None)
        if right is None:
            return
        try:
            draft.numeric_answer = Decimal(right.value())
            tol = right.find("tolerance")
            draft.numeric_tolerance = Decimal(tol.text.strip()) if tol is not None and tol.text.strip() else Decimal(0)
        except InvalidOperation as exc:
            raise ValueError(f"{draft.where()}: " + _("the answer is not a number")) from exc
