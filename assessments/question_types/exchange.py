"""What exchange formats share (GIFT, Moodle XML, later QTI): an imported option, Moodle's grades, errors.

The QuestionDraft a parser fills is in importers/draft.py; each question type reads and checks its own part.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _


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


# Moodle's fixed list of answer grades (question_bank::fraction_options_full): an import with any other grade is
# refused by Moodle, so we refuse it too rather than read it as something else.
_MOODLE_FRACTIONS = "1 0.9 0.8333333 0.8 0.75 0.7 0.6666667 0.6 0.5 0.4 0.3333333 0.3 0.25 0.2 0.1666667 0.1428571 "
_MOODLE_FRACTIONS += "0.125 0.1111111 0.1 0.05 0"
MOODLE_GRADES = sorted({sign * Decimal(f) for f in _MOODLE_FRACTIONS.split() for sign in (1, -1)}, reverse=True)


def moodle_grade_problem(percent: Decimal, line: int) -> str | None:
    """None if Moodle accepts this grade (a percentage), else the message naming the line, as Moodle matches it."""
    if any(abs(percent / 100 - f) < Decimal("0.00001") for f in MOODLE_GRADES):
        return None
    return _(
        "line %(line)d: the grade %(grade)s%% is not one Moodle accepts (100, 90, 83.33333, 80, 75, 70, 66.66667, "
        "60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0, or the same below 0)"
    ) % {"line": line, "grade": f"{percent.normalize():f}"}


@dataclass
class DraftOption:
    text: str
    correct: bool = False
    feedback: str = ""
    match: str = ""
    fraction: Decimal = Decimal("1")  # short answers: the credit this answer earns, 0..1
    line: int = 0  # where the answer is in the file, to name it when it is refused


def fraction_of(node) -> Decimal:
    """A Moodle XML answer's fraction attribute (a percentage); unreadable counts as 0 (grades are checked first)."""
    try:
        return Decimal(node.attrs.get("fraction", "0"))
    except ArithmeticError:
        return Decimal(0)
