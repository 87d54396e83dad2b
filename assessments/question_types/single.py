"""Single choice: one right option among several (Moodle's multichoice with <single>true</single>)."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments.errors import AssessmentError

from .base import Frozen, QuestionKind, gift_feedback, gift_text
from .choices import admin_option_texts, chosen_feedback, multichoice_read, multichoice_xml, snapshot_choices
from .text import ONE, ZERO


@dataclass
class SingleKey(Frozen):
    correct: str  # the right option's token
    labels: dict[str, str]  # token -> words, to show the right answer


class Single(QuestionKind):
    name = "single"
    moodle_type = "multichoice"
    option_text_required = True

    def response_clean(self, question: dict, response):
        if not isinstance(response, str) or response not in {o["token"] for o in question.get("options", [])}:
            raise AssessmentError(_("Choose one of the options."), code="response")
        return response

    def snapshot(self, q: dict, question, ctx) -> None:
        correct, labels = snapshot_choices(q, question, ctx)
        q["key"] = SingleKey(correct=correct[0] if correct else "", labels=labels).as_dict()

    def grade(self, key: dict, response) -> Decimal:
        return ONE if isinstance(response, str) and response == key["correct"] else ZERO

    def feedback(self, question: dict, response) -> list[str]:
        return chosen_feedback(question, response)

    def response_display(self, question: dict, response) -> str:
        return {o["token"]: o["text"] for o in question.get("options", [])}.get(response, "")

    def correct_display(self, question: dict) -> str:
        return "; ".join(question["key"].get("labels", {}).values())

    def admin_problem(self, cleaned: dict, options: list[dict]) -> str | None:
        if len(options) < 2 or sum(bool(o.get("is_correct")) for o in options) != 1:
            return _("A single-choice question needs at least two options, exactly one of them correct.")
        return admin_option_texts(options)

    def draft_problems(self, draft) -> list[str]:
        if len(draft.options) < 2 or sum(o.correct for o in draft.options) != 1:
            return [_("a single-choice question needs at least two options and exactly one right answer")]
        return []

    def gift(self, question, options: list) -> str:
        return " ".join(("=" if o.is_correct else "~") + gift_text(o.text) + gift_feedback(o.feedback) for o in options)

    def moodle_xml(self, question, options: list) -> str:
        return multichoice_xml(True, [(o, Decimal(1) if o.is_correct else Decimal(0)) for o in options])

    def from_moodle_xml(self, node, draft) -> None:
        multichoice_read(node, draft)  # <single>false</single> makes it a multiple-response question
