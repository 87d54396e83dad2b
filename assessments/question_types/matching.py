"""Matching: items each matched to an answer from one list; an option without text is a distractor."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments.errors import AssessmentError

from .base import XML_COMBINED_FEEDBACK, Frozen, QuestionKind, gift_text, xml_text
from .exchange import DraftOption
from .text import ZERO, clamp


@dataclass
class MatchingKey(Frozen):
    pairs: dict[str, str]  # item token -> the right choice's token
    labels: dict[str, str]  # item words -> the right choice's words


def _raw(node) -> str:
    inner = node.find("text")
    return inner.text if inner is not None else node.text


class Matching(QuestionKind):
    name = "matching"
    moodle_type = "matching"
    translation_lines = "pairs"

    def response_from_form(self, question: dict, data):
        return {o["token"]: data.get(f"match-{o['token']}", "") for o in question["options"]}

    def response_clean(self, question: dict, response):
        tokens = {o["token"] for o in question.get("options", [])}
        choices = {c["token"] for c in question.get("choices", [])}
        if not isinstance(response, dict) or not set(response) <= tokens:
            raise AssessmentError(_("Match among the items shown."), code="response")
        cleaned = {k: v for k, v in response.items() if v}
        if not set(cleaned.values()) <= choices:
            raise AssessmentError(_("Match among the items shown."), code="response")
        return cleaned or None

    def snapshot(self, q: dict, question, ctx) -> None:
        # An option without text is a distractor: its answer is offered among the choices, matched by nothing.
        # Right-hand choices are identified by the original text (two items may share one); shown translated.
        options, words = ctx.options, ctx.words
        items = [o for o in options if o.text.strip()]
        right_tokens: dict[str, str] = {}
        right_words: dict[str, str] = {}
        for o in options:
            if o.match_text not in right_tokens:
                right_tokens[o.match_text] = ctx.token()
                right_words[o.match_text] = words.option(o, "match_text")
        q["options"] = [
            {"token": ctx.tokens[o.pk], "text": words.option(o)} for o in ctx.shuffled(items, ctx.shuffle_options)
        ]
        q["choices"] = [
            {"token": tok, "text": right_words[text]} for text, tok in ctx.shuffled(right_tokens.items(), True)
        ]
        q["key"] = MatchingKey(
            pairs={ctx.tokens[o.pk]: right_tokens[o.match_text] for o in items},
            labels={words.option(o): right_words[o.match_text] for o in items},
        ).as_dict()
        q["feedback"]["options"] = {ctx.tokens[o.pk]: o.feedback for o in items if o.feedback}

    def grade(self, key: dict, response) -> Decimal:
        # Distractors are among the choices but never a pair's target, so picking one is simply wrong.
        pairs: dict = key["pairs"]
        if not isinstance(response, dict) or not pairs:
            return ZERO
        right = sum(1 for left, target in pairs.items() if response.get(left) == target)
        return clamp(Decimal(right) / len(pairs))

    def feedback(self, question: dict, response) -> list[str]:
        given = question["feedback"].get("options", {})
        return [given[o["token"]] for o in question["options"] if o["token"] in given]

    def response_display(self, question: dict, response) -> str:
        labels = {o["token"]: o["text"] for o in question.get("options", [])}
        choices = {c["token"]: c["text"] for c in question.get("choices", [])}
        return "; ".join(f"{labels.get(k, '')} → {choices.get(v, '')}" for k, v in response.items())

    def correct_display(self, question: dict) -> str:
        return "; ".join(f"{a} → {b}" for a, b in question["key"].get("labels", {}).items())

    def admin_problem(self, cleaned: dict, options: list[dict]) -> str | None:
        if len([o for o in options if o.get("text", "").strip()]) < 2:
            return _("List at least two items to match (an option without text is a distractor).")
        if any(not o.get("match_text", "").strip() for o in options):
            return _("Every item of a matching question needs the text it matches.")
        return None

    def draft_problems(self, draft) -> list[str]:
        msgs = []
        if len([o for o in draft.options if o.text.strip()]) < 2:
            msgs.append(_("it needs at least two items to match (besides distractors)"))
        if any(not o.match.strip() for o in draft.options):
            msgs.append(_("every item to match needs its answer"))
        return msgs

    def gift(self, question, options: list) -> str:
        return " ".join(f"={gift_text(o.text)} -> {gift_text(o.match_text)}" for o in options)

    def moodle_xml(self, question, options: list) -> str:
        return (
            "<shuffleanswers>true</shuffleanswers>"
            + XML_COMBINED_FEEDBACK
            + "".join(
                f'<subquestion format="plain_text">{xml_text(o.text)}<answer>{xml_text(o.match_text)}</answer>'
                "</subquestion>"
                for o in options
            )
        )

    def from_moodle_xml(self, node, draft) -> None:
        draft.type = self.name
        # A subquestion with no text is a distractor: an extra answer offered in every list. One whose text is
        # only HTML (an image) would become a distractor once the HTML is removed: refused instead.
        for s in node.findall("subquestion"):
            if _raw(s).strip() and not s.value():
                raise ValueError(
                    f"{draft.where()}: "
                    + _("line %(line)d: an answer is empty (once its HTML is removed, nothing is left)")
                    % {"line": s.line}
                )
        draft.options = [
            DraftOption(text=s.value(), match=s.value("answer"), correct=bool(s.value()), line=s.line)
            for s in node.findall("subquestion")
            if s.value() or s.value("answer")
        ]
