"""What a parsed question looks like before it is saved, and how it is checked."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _


class ImportFailed(Exception):
    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class DraftOption:
    text: str
    correct: bool = False
    feedback: str = ""
    match: str = ""


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
        if (
            self.type == "numeric"
            and self.numeric_answer is None
            and (self.numeric_min is None or self.numeric_max is None)
        ):
            msgs.append(_("a numeric question needs an answer or a range"))
        if self.type in ("matching", "ordering") and len(self.options) < 2:
            msgs.append(_("it needs at least two items"))
        if self.type == "true_false" and self.correct_boolean is None:
            msgs.append(_("a true/false question needs its answer"))
        return [f"{self.where()}: {m}" for m in msgs]
