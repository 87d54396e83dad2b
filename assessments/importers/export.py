"""Export questions to GIFT or Moodle XML, so trainers can take a bank back to Moodle (or re-import it here)."""

from decimal import Decimal
from xml.sax.saxutils import escape

from assessments.models import Question

_GIFT_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\~=#{}:"})


def _percent(fraction: Decimal) -> str:
    """A fraction (0..1) as Moodle writes percentages: 100, 50, 33.33333."""
    value = (Decimal(fraction) * 100).quantize(Decimal("0.00001")).normalize()
    return f"{value:f}"


def _multiple_fractions(q: Question, options: list) -> list[tuple[object, Decimal]]:
    """Moodle's per-answer fractions for a multiple-response question.

    Each right answer is one share; a wrong one takes away `penalty` shares (proportional scoring), or the whole
    mark (all or nothing: Moodle has no such mode, a wrong pick costing 100% is the nearest).
    """
    right = sum(o.is_correct for o in options) or 1
    share = Decimal(1) / right
    cost = q.wrong_pick_penalty * share if q.multiple_scoring == "proportional" else Decimal(1)
    return [(o, share if o.is_correct else (-min(Decimal(1), cost) or Decimal(0))) for o in options]


def _short_answers(q: Question, options: list) -> list[tuple[object, Decimal]]:
    """Each option with the credit it earns; banks from before fractions may mark none correct: all count."""
    anyone = not any(o.is_correct for o in options)
    return [(o, o.fraction if (o.is_correct or anyone) else Decimal(0)) for o in options]


def _g(text: str) -> str:
    return " ".join(text.split()).translate(_GIFT_SPECIAL)


def _gift_one(q: Question) -> str:
    options = list(q.options.all())
    t = q.type
    if t == "single":
        body = " ".join(
            ("=" if o.is_correct else "~") + _g(o.text) + (f"#{_g(o.feedback)}" if o.feedback else "") for o in options
        )
    elif t == "multiple":
        body = " ".join(
            f"~%{_percent(fraction)}%{_g(o.text)}" + (f"#{_g(o.feedback)}" if o.feedback else "")
            for o, fraction in _multiple_fractions(q, options)
        )
    elif t == "true_false":
        body = "T" if q.correct_boolean else "F"
    elif t == "numeric":
        if q.numeric_min is not None and q.numeric_max is not None:
            body = f"#{q.numeric_min.normalize()}..{q.numeric_max.normalize()}"
        else:
            body = f"#{(q.numeric_answer or 0).normalize()}:{q.numeric_tolerance.normalize()}"
    elif t == "short_text":
        body = " ".join(
            ("=" if fraction == 1 else f"=%{_percent(fraction)}%")
            + _g(o.text)
            + (f"#{_g(o.feedback)}" if o.feedback else "")
            for o, fraction in _short_answers(q, options)
        )
    elif t == "matching":
        body = " ".join(f"={_g(o.text)} -> {_g(o.match_text)}" for o in options)
    elif t == "extended":
        body = ""
    else:
        raise ValueError(f"GIFT has no {t} questions")
    general = f"####{_g(q.general_feedback)}" if q.general_feedback else ""
    return f"::{_g(q.title)}::{_g(q.text)} {{{body}{general}}}"


def _x(text: str) -> str:
    return f"<text>{escape(text)}</text>"


def _xml_one(q: Question) -> str:
    options = list(q.options.all())
    t = q.type
    head = f'<name>{_x(q.title)}</name><questiontext format="plain_text">{_x(q.text)}</questiontext>'
    head += f"<generalfeedback>{_x(q.general_feedback)}</generalfeedback>"
    head += f"<defaultgrade>{q.points.normalize():f}</defaultgrade>"
    parts = []
    if t in ("single", "multiple"):
        moodle = "multichoice"
        parts.append(f"<single>{'true' if t == 'single' else 'false'}</single>")
        pairs = (
            [(o, Decimal(1) if o.is_correct else Decimal(0)) for o in options]
            if t == "single"
            else _multiple_fractions(q, options)
        )
        for o, fraction in pairs:
            parts.append(
                f'<answer fraction="{_percent(fraction)}">{_x(o.text)}<feedback>{_x(o.feedback)}</feedback></answer>'
            )
    elif t == "true_false":
        moodle = "truefalse"
        parts.append(f'<answer fraction="{100 if q.correct_boolean else 0}"><text>true</text></answer>')
        parts.append(f'<answer fraction="{0 if q.correct_boolean else 100}"><text>false</text></answer>')
    elif t == "numeric":
        moodle = "numerical"
        parts.append(
            f'<answer fraction="100">{_x(str((q.numeric_answer or 0).normalize()))}'
            f"<tolerance>{q.numeric_tolerance.normalize()}</tolerance></answer>"
        )
    elif t == "short_text":
        moodle = "shortanswer"
        parts.append(f"<usecase>{1 if q.case_sensitive else 0}</usecase>")
        parts += [
            f'<answer fraction="{_percent(fraction)}">{_x(o.text)}<feedback>{_x(o.feedback)}</feedback></answer>'
            for o, fraction in _short_answers(q, options)
        ]
    elif t == "matching":
        moodle = "matching"
        parts += [f"<subquestion>{_x(o.text)}<answer>{_x(o.match_text)}</answer></subquestion>" for o in options]
    elif t == "cloze":
        # The gaps travel inside the text, in Moodle's own syntax, exactly as they were written or imported.
        moodle = "cloze"
    elif t == "ordering":
        moodle = "ordering"
        parts += [f'<answer fraction="{i + 1}">{_x(o.text)}</answer>' for i, o in enumerate(options)]
    else:
        moodle = "essay"
        parts.append(f"<attachments>{1 if q.allow_file else 0}</attachments>")
    return f'  <question type="{moodle}">{head}{"".join(parts)}</question>'


GIFT_CANNOT = ("ordering", "cloze")


def questions_export(*, questions: list[Question], fmt: str) -> str:
    """GIFT cannot express ordering or cloze questions: a GIFT export leaves them out (Moodle XML keeps them)."""
    if fmt == "gift":
        return "\n\n".join(_gift_one(q) for q in questions if q.type not in GIFT_CANNOT) + "\n"
    body = "\n".join(_xml_one(q) for q in questions)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n{body}\n</quiz>\n'
