"""Ordering: items to put in order; credit for the whole order (Moodle's ordering, ALL_OR_NOTHING)."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from assessments.errors import AssessmentError

from .base import XML_COMBINED_FEEDBACK, Frozen, QuestionKind, gift_text, xml_text
from .exchange import DraftOption
from .text import ONE, ZERO, as_list


@dataclass
class OrderingKey(Frozen):
    order: list[str]  # tokens, in the right order
    labels: list[str]  # their words, in the right order


class OrderingPlacesError(AssessmentError):
    """Places given twice or left out: `ranks` keeps every place the teacher chose, to show them again."""

    def __init__(self, message, *, ranks: dict[str, int | None], repeated: list[int]):
        super().__init__(message, code="response")
        self.ranks = ranks
        self.repeated = repeated


class Ordering(QuestionKind):
    name = "ordering"
    moodle_type = "ordering"
    option_text_required = True
    gift_general_feedback = False

    def response_from_form(self, question: dict, data):
        """A place (1..n) per item, from a select each: no JavaScript needed."""
        n = len(question["options"])
        ranks: dict[str, int | None] = {}
        for option in question["options"]:
            value = (data.get(f"rank-{option['token']}", "") or "").strip()
            if not value:
                ranks[option["token"]] = None
                continue
            try:
                place = int(value)
            except ValueError as exc:
                raise AssessmentError(_("Places are numbers."), code="response") from exc
            if not 1 <= place <= n:
                raise AssessmentError(_("Give each item a place from 1 to %(n)d.") % {"n": n}, code="response")
            ranks[option["token"]] = place
        given = [place for place in ranks.values() if place is not None]
        if not given:
            return None
        repeated = sorted({place for place in given if given.count(place) > 1})
        if repeated:
            places = ", ".join(str(place) for place in repeated)
            message = ngettext(
                "Place %(places)s is given to more than one item: give each item a different place, from 1 to %(n)d.",
                "Places %(places)s are each given to more than one item: give each item a different place, "
                "from 1 to %(n)d.",
                len(repeated),
            ) % {"places": places, "n": n}
            raise OrderingPlacesError(message, ranks=ranks, repeated=repeated)
        if len(given) != n:
            message = _("Give every item a place, from 1 to %(n)d: some items have none yet.") % {"n": n}
            raise OrderingPlacesError(message, ranks=ranks, repeated=[])
        return sorted(ranks, key=lambda token: ranks[token])

    def response_clean(self, question: dict, response):
        tokens = {o["token"] for o in question.get("options", [])}
        if not isinstance(response, list) or sorted(response) != sorted(tokens):
            raise AssessmentError(_("Give each item one place in the order."), code="response")
        return list(response)

    def snapshot(self, q: dict, question, ctx) -> None:
        options = ctx.options
        presented = ctx.shuffled(options, True)
        if len(presented) > 1 and presented == options:
            # A shuffle that happens to give the answer away is rotated by one.
            presented = presented[1:] + presented[:1]
        q["options"] = [{"token": ctx.tokens[o.pk], "text": ctx.words.option(o)} for o in presented]
        q["key"] = OrderingKey(
            order=[ctx.tokens[o.pk] for o in options], labels=[ctx.words.option(o) for o in options]
        ).as_dict()

    def grade(self, key: dict, response) -> Decimal:
        return ONE if as_list(response) == list(key["order"]) and key["order"] else ZERO

    def response_display(self, question: dict, response) -> str:
        labels = {o["token"]: o["text"] for o in question.get("options", [])}
        return " → ".join(labels.get(r, "") for r in response)

    def correct_display(self, question: dict) -> str:
        return " → ".join(question["key"].get("labels", []))

    def options_state(self, question: dict, response) -> list[dict]:
        """Each item with the place the teacher gave it (a saved response is the tokens in their order)."""
        ranks = {token: i + 1 for i, token in enumerate(response)} if response else {}
        return [{**o, "rank": ranks.get(o["token"])} for o in super().options_state(question, response)]

    def admin_problem(self, cleaned: dict, options: list[dict]) -> str | None:
        if len(options) < 2:
            return _("List at least two items.")
        if any(not o.get("text", "").strip() for o in options):
            return _("Every option needs its text.")
        return None

    def draft_problems(self, draft) -> list[str]:
        return [_("it needs at least two items")] if len(draft.options) < 2 else []

    def gift(self, question, options: list) -> str:
        # Moodle's ordering type reads (and writes) this GIFT form: every item on its own line, in the right order;
        # we show all of them, in one column, and give credit only for the whole order.
        items = "\n".join(gift_text(o.text) for o in options)
        return f">{len(options)} ALL VERTICAL ALL_OR_NOTHING SHOW\n{items}\n"

    def moodle_xml(self, question, options: list) -> str:
        # In qtype_ordering's export_to_xml order. Items are shown without numbers or letters: numbering style
        # "none" (Moodle's default; its others are 123, abc, ABCD, iii, IIII).
        head = "<layouttype>VERTICAL</layouttype><selecttype>ALL</selecttype>"
        head += f"<selectcount>{len(options)}</selectcount><gradingtype>ALL_OR_NOTHING</gradingtype>"
        head += "<showgrading>SHOW</showgrading><numberingstyle>none</numberingstyle>" + XML_COMBINED_FEEDBACK
        return head + "".join(
            f'<answer fraction="{i}" format="plain_text">{xml_text(o.text)}</answer>' for i, o in enumerate(options, 1)
        )

    def from_moodle_xml(self, node, draft) -> None:
        # Moodle's display and grading options (layouttype, selecttype, selectcount, gradingtype, showgrading,
        # numberingstyle, written or not) are accepted and read as what we write back: every item, in one column,
        # without numbers, credit for the whole order.
        draft.type = self.name
        draft.options = [DraftOption(text=a.value(), line=a.line) for a in node.findall("answer")]
