"""Multiple response: several right options; all or nothing, or proportional with a penalty per wrong pick."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments.errors import AssessmentError

from .base import Frozen, QuestionKind, gift_feedback, gift_text, percent
from .choices import admin_option_texts, chosen_feedback, multichoice_xml, snapshot_choices
from .text import ONE, ZERO, as_list, clamp


@dataclass
class MultipleKey(Frozen):
    correct: list[str]
    scoring: str  # all_or_nothing | proportional
    penalty: str  # in right picks, per wrong pick (proportional)
    labels: dict[str, str]


def moodle_fractions(q, options: list) -> list[tuple[object, Decimal]]:
    """Moodle's per-answer fractions for a multiple-response question.

    Each right answer is one share; a wrong one takes away `penalty` shares (proportional scoring), or the whole
    mark (all or nothing: Moodle has no such mode, a wrong pick costing 100% is the nearest).
    """
    right = sum(o.is_correct for o in options) or 1
    share = Decimal(1) / right
    cost = q.wrong_pick_penalty * share if q.multiple_scoring == "proportional" else Decimal(1)
    return [(o, share if o.is_correct else (-min(Decimal(1), cost) or Decimal(0))) for o in options]


class Multiple(QuestionKind):
    name = "multiple"
    moodle_type = "multichoice"
    reads_moodle = False  # single reads every multichoice and decides
    option_text_required = True

    def response_from_form(self, question: dict, data):
        return data.getlist("response")

    def response_clean(self, question: dict, response):
        picked = [response] if isinstance(response, str) else response
        if not isinstance(picked, list) or not set(picked) <= {o["token"] for o in question.get("options", [])}:
            raise AssessmentError(_("Choose among the options."), code="response")
        return sorted(set(picked))

    def snapshot(self, q: dict, question, ctx) -> None:
        correct, labels = snapshot_choices(q, question, ctx)
        q["key"] = MultipleKey(
            correct=correct,
            scoring=question.multiple_scoring,
            penalty=str(question.wrong_pick_penalty),
            labels=labels,
        ).as_dict()

    def grade(self, key: dict, response) -> Decimal:
        correct = set(key["correct"])
        picked = set(as_list(response))
        if not picked or not correct:
            return ZERO
        if key.get("scoring") == "proportional":
            hits = len(picked & correct)
            wrong = len(picked - correct)
            return clamp((Decimal(hits) - Decimal(key.get("penalty", "1")) * wrong) / len(correct))
        return ONE if picked == correct else ZERO

    def feedback(self, question: dict, response) -> list[str]:
        return chosen_feedback(question, response)

    def response_display(self, question: dict, response) -> str:
        labels = {o["token"]: o["text"] for o in question.get("options", [])}
        return "; ".join(labels.get(r, "") for r in response)

    def correct_display(self, question: dict) -> str:
        return "; ".join(question["key"].get("labels", {}).values())

    def admin_problem(self, cleaned: dict, options: list[dict]) -> str | None:
        if len(options) < 2 or not any(o.get("is_correct") for o in options):
            return _("A multiple-response question needs at least two options, at least one correct.")
        return admin_option_texts(options)

    def draft_problems(self, draft) -> list[str]:
        if len(draft.options) < 2 or not any(o.correct for o in draft.options):
            return [_("a multiple-response question needs at least two options and one right answer")]
        return []

    def gift(self, question, options: list) -> str:
        return " ".join(
            f"~%{percent(fraction)}%{gift_text(o.text)}{gift_feedback(o.feedback)}"
            for o, fraction in moodle_fractions(question, options)
        )

    def moodle_xml(self, question, options: list) -> str:
        return multichoice_xml(False, moodle_fractions(question, options))
