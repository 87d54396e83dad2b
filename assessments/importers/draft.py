"""What a parsed question looks like before it is saved, and how it is checked (each type checks its own part)."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments.question_types import question_kind
from assessments.question_types.exchange import DraftOption, ImportFailed, moodle_grade_problem, wrong_pick_penalty

__all__ = ["DraftOption", "ImportFailed", "QuestionDraft", "moodle_grade_problem", "wrong_pick_penalty"]


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
    hidden: bool = False  # Moodle's <hidden>: kept out of use here (is_active off)

    def where(self) -> str:
        return _("Question “%(title)s” (line %(line)d)") % {"title": self.title[:60], "line": self.line}

    def problems(self) -> list[str]:
        kind = question_kind(self.type)
        msgs = [
            _("line %(line)d: an answer is empty (once its HTML is removed, nothing is left)")
            % {"line": o.line or self.line}
            for o in self.options
            if kind.option_text_required and not o.text.strip()
        ]
        if not self.text.strip():
            msgs.append(_("it has no text"))
        msgs += kind.draft_problems(self)
        if self.points is not None and not Decimal("0.01") <= self.points < Decimal("10000"):
            msgs.append(_("the default mark must be between 0.01 and 9999.99"))
        return [f"{self.where()}: {m}" for m in msgs]
