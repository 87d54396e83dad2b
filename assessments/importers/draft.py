"""What a parsed question looks like before it is saved, and how it is checked."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments.cloze import ClozeError, cloze_parse


class ImportFailed(Exception):
    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


def wrong_pick_penalty(percents: list[Decimal]) -> Decimal:
    """Moodle's per-answer percentages of a multiple-response question as our penalty per wrong pick.

    Our scoring counts each right pick as one share (100 / number of right answers); Moodle's negative
    percentage for a wrong answer is that many shares taken away, so -100 with two right answers is 2.
    """
    right = [p for p in percents if p > 0]
    wrong = [-p for p in percents if p < 0]
    if not right or not wrong:
        return Decimal(0)
    share = Decimal(100) / len(right)
    return min(Decimal("99.99"), (sum(wrong) / len(wrong) / share).quantize(Decimal("0.01")))


@dataclass
class DraftOption:
    text: str
    correct: bool = False
    feedback: str = ""
    match: str = ""
    fraction: Decimal = Decimal("1")  # short answers: the credit this answer earns, 0..1


@dataclass
class QuestionDraft:
    type: str
    title: str
    text: str
    line: int
    general_feedback: str = ""
    options: list[DraftOption] = field(default_factory=list)
    multiple_scoring: str = ""
    penalty: Decimal = Decimal("1")
    correct_boolean: bool | None = None
    numeric_answer: Decimal | None = None
    numeric_tolerance: Decimal = Decimal("0")
    numeric_min: Decimal | None = None
    numeric_max: Decimal | None = None
    case_sensitive: bool = False
    allow_file: bool = False
    points: Decimal | None = None  # Moodle's default mark, when the file gives one
    # Moodle compares short answers with accents (and cloze gaps too): "café" is not "cafe".
    ignore_accents: bool = False

    def where(self) -> str:
        return _("Question “%(title)s” (line %(line)d)") % {"title": self.title[:60], "line": self.line}

    def problems(self) -> list[str]:
        msgs = []
        correct = sum(o.correct for o in self.options)
        if not self.text.strip():
            msgs.append(_("it has no text"))
        if self.type == "single" and (len(self.options) < 2 or correct != 1):
            msgs.append(_("a single-choice question needs at least two options and exactly one right answer"))
        if self.type == "multiple" and (len(self.options) < 2 or correct < 1):
            msgs.append(_("a multiple-response question needs at least two options and one right answer"))
        if self.type == "short_text" and not any(o.text.strip() for o in self.options):
            msgs.append(_("a short-text question needs at least one accepted answer"))
        elif self.type == "short_text" and not any(o.correct and o.fraction == 1 for o in self.options):
            msgs.append(_("one short answer must earn full credit (=, or %100%)"))
        if self.type == "short_text" and any(not 0 <= o.fraction <= 1 for o in self.options):
            msgs.append(_("a short answer's credit must be between 0% and 100%"))
        if self.type == "cloze":
            try:
                cloze_parse(self.text)
            except ClozeError as exc:
                msgs.append(str(exc))
        if self.points is not None and not Decimal("0.01") <= self.points < Decimal("10000"):
            msgs.append(_("the default mark must be between 0.01 and 9999.99"))
        if (
            self.type == "numeric"
            and self.numeric_answer is None
            and (self.numeric_min is None or self.numeric_max is None)
        ):
            msgs.append(_("a numeric question needs an answer or a range"))
        if self.type == "ordering" and len(self.options) < 2:
            msgs.append(_("it needs at least two items"))
        if self.type == "matching" and len([o for o in self.options if o.text.strip()]) < 2:
            msgs.append(_("it needs at least two items to match (besides distractors)"))
        if self.type == "matching" and any(not o.match.strip() for o in self.options):
            msgs.append(_("every item to match needs its answer"))
        if self.type == "true_false" and self.correct_boolean is None:
            msgs.append(_("a true/false question needs its answer"))
        return [f"{self.where()}: {m}" for m in msgs]
