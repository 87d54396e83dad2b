"""Export questions to GIFT or Moodle XML, so trainers can take a bank back to Moodle (or re-import it here).

Numbers are written as plain decimals (80, 240, 0.5), never in exponent form (8E+1), which other GIFT readers
refuse and teachers cannot read. What a format cannot express is never dropped silently: the export says which
questions it left out, by type and count, in its result and in the GIFT file's header comment.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from assessments.models import Question
from assessments.question_types import question_kind
from assessments.question_types.base import CannotExpress, gift_text, plain, xml_rich, xml_text


def _gift_one(q: Question, kind) -> str:
    body = kind.gift(q, list(q.options.all()))  # CannotExpress when GIFT has no way to write this type
    general = f"####{gift_text(q.general_feedback)}" if q.general_feedback and kind.gift_general_feedback else ""
    return f"::{gift_text(q.title)}::{gift_text(q.text)} {{{body}{general}}}"


def _xml_one(q: Question) -> str:
    kind = question_kind(q.type)
    head = f'<name>{xml_text(q.title)}</name><questiontext format="plain_text">{xml_text(q.text)}</questiontext>'
    head += xml_rich("generalfeedback", q.general_feedback)
    head += f"<defaultgrade>{plain(q.points)}</defaultgrade>"
    head += f"<penalty>{kind.moodle_penalty}</penalty>"
    head += f"<hidden>{0 if q.is_active else 1}</hidden><idnumber></idnumber>"
    return f'  <question type="{kind.moodle_type}">{head}{kind.moodle_xml(q, list(q.options.all()))}</question>'


@dataclass
class ExportResult:
    """The file's text, and the questions it could not carry: {type label: [titles]}."""

    text: str
    left_out: dict[str, list[str]] = field(default_factory=dict)

    def left_out_lines(self) -> list[str]:
        """One line per type left out: its name, how many, and their titles."""
        return [
            _("Left out %(count)d × %(type)s (the format cannot express them): %(titles)s")
            % {"count": len(titles), "type": label, "titles": ", ".join(titles)}
            for label, titles in self.left_out.items()
        ]


def questions_export_result(*, questions: list[Question], fmt: str) -> ExportResult:
    """What GIFT cannot express (cloze) is left out and named; Moodle XML keeps every type. Each type writes its
    own part (question_types/<type>.py: gift, moodle_xml); the common head is written here."""
    if fmt != "gift":
        body = "\n".join(_xml_one(q) for q in questions)
        return ExportResult(text=f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n{body}\n</quiz>\n')
    left_out: dict[str, list[str]] = {}
    written = []
    for q in questions:
        try:
            written.append(_gift_one(q, question_kind(q.type)))
        except CannotExpress:
            left_out.setdefault(str(q.get_type_display()), []).append(q.title)
    result = ExportResult(text="", left_out=left_out)
    header = "".join(f"// {' '.join(line.split())}\n" for line in result.left_out_lines())
    body = "\n\n".join(written)
    result.text = (header + "\n" if header else "") + body + "\n"
    return result


def questions_export(*, questions: list[Question], fmt: str) -> str:
    return questions_export_result(questions=questions, fmt=fmt).text
