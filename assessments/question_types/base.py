"""What every question type provides, in one class per type (see registry.py and ADR 0185).

A type owns all of its behaviour: reading the answer form, cleaning a response, freezing the question into an
attempt (a typed key, serialised as plain JSON), grading, feedback, display, the admin form's and an import's
checks, and its GIFT and Moodle XML mapping. A new type is one module; a new exchange format is one method here
and one per type. Types build on base, text, exchange and cloze_syntax, never on each other.
"""

import dataclasses
import random
from dataclasses import dataclass, field
from decimal import Decimal
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _

from assessments.errors import AssessmentError

MAX_SHORT = 500  # a typed answer (numeric, short text, a cloze gap) is cut to this length


def short_typed(response):
    """A typed answer: text, cut to a sane length."""
    if not isinstance(response, str):
        raise AssessmentError(_("Type your answer."), code="response")
    return response[:MAX_SHORT]


class Frozen:
    """A typed part of a frozen question; stored as the same JSON as before types were classes."""

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class SnapshotContext:
    """What freezing one question needs: the attempt's random source, tokens already used, the words to show."""

    rng: random.Random
    used: set[str]
    tokens: dict[int, str]  # option pk -> its random token in this attempt
    words: object  # snapshot._Words: the question's words in the attempt's language, option by option
    shuffle_options: bool
    options: list = field(default_factory=list)

    def token(self) -> str:
        while True:
            token = f"{self.rng.getrandbits(40):010x}"
            if token not in self.used:
                self.used.add(token)
                return token

    def shuffled(self, items, shuffle: bool) -> list:
        items = list(items)
        if shuffle:
            self.rng.shuffle(items)
        return items


class CannotExpress(Exception):
    """This format has no way to write this type: the export names it instead of writing something else."""


def plain(value: Decimal | int | None) -> str:
    """A number as people write it: 80, 240, 0.5, -3.25 (no exponent like 8E+1, no trailing zeros)."""
    text = f"{Decimal(value or 0).normalize():f}"
    return "0" if text in ("-0", "") else text


def percent(fraction: Decimal) -> str:
    """A fraction (0..1) as Moodle writes percentages: 100, 50, 33.33333."""
    return plain((Decimal(fraction) * 100).quantize(Decimal("0.00001")))


_GIFT_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\~=#{}:"})


def gift_text(text: str) -> str:
    return " ".join(text.split()).translate(_GIFT_SPECIAL)


def gift_feedback(text: str) -> str:
    return f"#{gift_text(text)}" if text else ""


def xml_text(text: str) -> str:
    return f"<text>{escape(text)}</text>"


def xml_rich(tag: str, text: str = "") -> str:
    return f'<{tag} format="plain_text">{xml_text(text)}</{tag}>'


# Moodle's combined feedback, written for every choice, matching and ordering question.
XML_COMBINED_FEEDBACK = (
    xml_rich("correctfeedback") + xml_rich("partiallycorrectfeedback") + xml_rich("incorrectfeedback")
)


def xml_answer(fraction: str, text: str, feedback: str = "", extra: str = "") -> str:
    inner = xml_text(text) + xml_rich("feedback", feedback) + extra
    return f'<answer fraction="{fraction}" format="plain_text">{inner}</answer>'


class QuestionKind:
    name = ""
    moodle_type = ""  # <question type="…"> in Moodle XML
    reads_moodle = True  # this type reads Moodle's questions of moodle_type (multichoice: single reads both)
    moodle_penalty = "0.3333333"  # Moodle's default penalty per wrong try (interactive mode)
    option_text_required = False  # every option needs its text (choices, accepted answers, items to order)
    # A trainer grades it (grade() gives None): never checked on the spot, left out of the draws that take
    # auto-graded questions only, queued for review, its rubric scores handed on as evidence.
    graded_by_trainer = False
    takes_file = False  # its answer form may carry a file (sent as multipart/form-data)
    gift_general_feedback = True  # GIFT's ####feedback after the answers (Moodle's ordering GIFT has none)
    # What the option lines of a translation (QuestionTranslation.options) are: "options", one line per option
    # (text | feedback); "pairs", one line per option (text | match | feedback); "accepted", more accepted answers
    # (any number of lines); "" when the type has no option lines (true/false, numbers, essays).
    translation_lines = "options"

    @property
    def translation_line_per_option(self) -> bool:
        """A translation must have exactly one option line per option (the admin form checks it)."""
        return self.translation_lines in ("options", "pairs")

    # Form parsing and cleaning.
    def response_from_form(self, question: dict, data):
        return data.get("response", "")

    def response_clean(self, question: dict, response):
        raise AssessmentError(_("Unknown question type."), code="response")

    def response_blank(self, response) -> bool:
        """Nothing was answered (a file sent with the answer is checked apart)."""
        return response in (None, "", [], {})

    def response_erased(self, response):
        """What is kept of a response once its author erased their account (assessments.personal_data): choices,
        numbers and short keyed answers stay for the item figures; a type whose answers are free writing drops it."""
        return response

    # The frozen snapshot: fill q (the common part is done) with options, key and feedback.
    def snapshot(self, q: dict, question, ctx: SnapshotContext) -> None:
        raise NotImplementedError

    # Grading and feedback.
    def grade(self, key: dict, response) -> Decimal | None:
        raise NotImplementedError

    def feedback(self, question: dict, response) -> list[str]:
        return []

    # Display.
    @property
    def template(self) -> str:
        return f"assessments/types/{self.name}.html"

    def response_display(self, question: dict, response) -> str:
        return str(response)

    def correct_display(self, question: dict) -> str:
        return ""

    def options_state(self, question: dict, response) -> list[dict]:
        """Each option with what the teacher already chose, so a resumed page shows the saved answer."""
        chosen = response if isinstance(response, list) else [response]
        matched = response if isinstance(response, dict) else {}
        return [
            {**o, "checked": o["token"] in chosen, "rank": None, "match": matched.get(o["token"], "")}
            for o in question.get("options", [])
        ]

    def fields_in_text(self, question: dict, response) -> list[dict] | None:
        """The question's text as pieces with the answer fields inside it (cloze's gaps), for the player; None when
        the fields follow the text (the type's template)."""
        return None

    # Checks on the bank: the admin form (cleaned data and option rows) and an import's draft.
    def admin_problem(self, cleaned: dict, options: list[dict]) -> str | None:
        return None

    def admin_text_error(self, text: str) -> str | None:
        """A problem with the question's text itself (cloze: its gaps), shown on the text field."""
        return None

    def draft_problems(self, draft) -> list[str]:
        return []

    def default_points(self, draft) -> Decimal:
        """The points of an imported question whose file gives no default mark."""
        return Decimal(1)

    # Exchange formats. GIFT: the answer block; Moodle XML: the elements after the common ones.
    def gift(self, question, options: list) -> str:
        raise CannotExpress(self.name)

    def moodle_xml(self, question, options: list) -> str:
        raise NotImplementedError

    def from_moodle_xml(self, node, draft) -> None:
        raise NotImplementedError
