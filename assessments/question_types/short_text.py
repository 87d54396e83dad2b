"""Short text: typed answers matched as Moodle does (`*` wildcard), each with its credit and feedback."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from .base import Frozen, QuestionKind, gift_feedback, gift_text, percent, short_typed, xml_answer
from .exchange import DraftOption, fraction_of
from .text import clamp, short_text_answers, text_flags, text_match


@dataclass
class ShortTextKey(Frozen):
    answers: list[dict]  # {"text", "fraction"}: every answer, credit or not (its feedback is by index)
    accepted: list[str]  # answers earning credit, best first (what older snapshots had alone)
    case_sensitive: bool
    ignore_accents: bool
    whitespace: str


def credited(question, options: list) -> list[tuple[object, Decimal]]:
    """Each option with the credit it earns; banks from before fractions may mark none correct: all count."""
    anyone = not any(o.is_correct for o in options)
    return [(o, o.fraction if (o.is_correct or anyone) else Decimal(0)) for o in options]


class ShortText(QuestionKind):
    name = "short_text"
    moodle_type = "shortanswer"
    option_text_required = True
    translation_lines = "accepted"  # answers accepted in the attempt's language, besides the original ones

    def response_clean(self, question: dict, response):
        return short_typed(response)

    def snapshot(self, q: dict, question, ctx) -> None:
        # Only options marked correct earn credit (their fraction); others are recognised wrong answers that
        # carry feedback. Answers in the attempt's language count at full credit too (a term often stays English).
        answers = [{"text": o.text, "fraction": str(f)} for o, f in credited(question, ctx.options)]
        known = {a["text"] for a in answers}
        answers += [{"text": a, "fraction": "1"} for a in ctx.words.accepted_extra if a not in known]
        best_first = sorted(answers, key=lambda a: -Decimal(a["fraction"]))
        q["key"] = ShortTextKey(
            answers=answers,
            accepted=[a["text"] for a in best_first if Decimal(a["fraction"]) > 0],
            case_sensitive=question.case_sensitive,
            ignore_accents=question.ignore_accents,
            whitespace=question.whitespace,
        ).as_dict()
        q["feedback"]["answers"] = [o.feedback for o in ctx.options]

    def grade(self, key: dict, response) -> Decimal:
        _index, fraction = text_match(short_text_answers(key), response, text_flags(key))
        return clamp(fraction)

    def feedback(self, question: dict, response) -> list[str]:
        key = question["key"]
        index, _fraction = text_match(short_text_answers(key), response, text_flags(key))
        texts = question["feedback"].get("answers", [])
        return [texts[index]] if index is not None and index < len(texts) and texts[index] else []

    def correct_display(self, question: dict) -> str:
        accepted = question["key"]["accepted"]
        return accepted[0] if accepted else ""

    def admin_problem(self, cleaned: dict, options: list[dict]) -> str | None:
        if not any(o.get("text", "").strip() for o in options):
            return _("A short-text question needs at least one accepted answer (an option).")
        if any(o.get("is_correct") for o in options) and not any(
            o.get("is_correct") and o.get("fraction") == 1 for o in options
        ):
            return _("One accepted answer must earn full credit (1), or nobody could score full marks.")
        if any(not o.get("text", "").strip() for o in options):
            return _("Every option needs its text.")
        return None

    def draft_problems(self, draft) -> list[str]:
        msgs = []
        if not any(o.text.strip() for o in draft.options):
            msgs.append(_("a short-text question needs at least one accepted answer"))
        elif not any(o.correct and o.fraction == 1 for o in draft.options):
            msgs.append(_("one short answer must earn full credit (=, or %100%)"))
        if any(not 0 <= o.fraction <= 1 for o in draft.options):
            msgs.append(_("a short answer's credit must be between 0% and 100%"))
        return msgs

    def gift(self, question, options: list) -> str:
        return " ".join(
            ("=" if fraction == 1 else f"=%{percent(fraction)}%") + gift_text(o.text) + gift_feedback(o.feedback)
            for o, fraction in credited(question, options)
        )

    def moodle_xml(self, question, options: list) -> str:
        usecase = f"<usecase>{1 if question.case_sensitive else 0}</usecase>"
        return usecase + "".join(
            xml_answer(percent(fraction), o.text, o.feedback) for o, fraction in credited(question, options)
        )

    def from_moodle_xml(self, node, draft) -> None:
        draft.type = self.name
        usecase = node.find("usecase")
        draft.case_sensitive = usecase is not None and usecase.text.strip() == "1"
        # Every answer is kept: partial credit (fraction="50") and recognised wrong ones (fraction="0", often
        # "*" with feedback) alike.
        draft.options = [
            DraftOption(
                text=a.value(),
                correct=fraction_of(a) > 0,
                feedback=a.value("feedback"),
                fraction=fraction_of(a) / 100,
                line=a.line,
            )
            for a in node.findall("answer")
        ]
