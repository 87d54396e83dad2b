"""GIFT (Moodle's plain-text format): multiple choice, multiple response, true/false, short answer (with
partial credit, `=%50%Cat#feedback`), numerical, matching (with distractors, `= -> Chat`), essay, and ordering
in the form Moodle's ordering question type reads and writes (`{>4 ALL VERTICAL ALL_OR_NOTHING SHOW` then one
item per line). GIFT has no cloze questions. Other constructs are refused with the question's line, and so are
grades Moodle refuses (33%) and empty answers, with the answer's line."""

import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from .draft import DraftOption, ImportFailed, QuestionDraft, moodle_grade_problem, wrong_pick_penalty

_ESCAPES = {
    "\\\\": "\x07",
    "\\:": "\x01",
    "\\~": "\x02",
    "\\=": "\x03",
    "\\#": "\x04",
    "\\{": "\x05",
    "\\}": "\x06",
    "\\n": "\n",
}
_UNESCAPE = {v: k[1] for k, v in _ESCAPES.items() if k != "\\n"}  # an escaped backslash comes back as one


def _escape(s: str) -> str:
    for k, v in _ESCAPES.items():
        s = s.replace(k, v)
    return s


def _clean(s: str) -> str:
    for k, v in _UNESCAPE.items():
        s = s.replace(k, v)
    s = re.sub(r"^\[(html|moodle|plain|markdown)\]", "", s.strip())
    return " ".join(s.split())


def _blocks(text: str) -> list[tuple[int, str]]:
    """Questions are separated by blank lines; comment lines (//) and $CATEGORY lines are skipped."""
    blocks, current, start = [], [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//") or stripped.startswith("$CATEGORY"):
            continue
        if not stripped:
            if current:
                blocks.append((start, "\n".join(current)))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append((start, "\n".join(current)))
    return blocks


def _split_feedback(s: str) -> tuple[str, str]:
    text, _sep, feedback = s.partition("#")
    return text, feedback


def _number(s: str, draft_where: str) -> Decimal:
    try:
        return Decimal(s.strip())
    except InvalidOperation as exc:
        raise ValueError(f"{draft_where}: " + _("“%(value)s” is not a number") % {"value": s.strip()}) from exc


_ORDERING = re.compile(r"\s*>\s*(\d*)\s*([A-Z_ ]*)\n(.*)", re.DOTALL)


def _parse_ordering(d: QuestionDraft, body: str, line: int) -> None:
    """Moodle's ordering GIFT: `>count SELECT LAYOUT GRADING SHOW`, then the items, one per line, in order."""
    m = _ORDERING.match(body)
    if m is None:
        raise ValueError(f"{d.where()}: " + _("the ordering items must each be on their own line"))
    first = line + body[: m.start(3)].count("\n")
    d.type = "ordering"
    for offset, item in enumerate(m.group(3).split("\n")):
        if item.strip():
            d.options.append(DraftOption(text=_clean(item), line=first + offset))


def _parse_answers(d: QuestionDraft, body: str, line: int) -> None:
    """`line` is the line the answer block starts on: a refused answer is named by its own line."""
    if body.lstrip().startswith(">"):
        _parse_ordering(d, body, line)
        return
    general = ""
    if "####" in body:
        body, general = body.split("####", 1)
    d.general_feedback = _clean(general)
    line += body[: len(body) - len(body.lstrip())].count("\n")
    body = body.strip()
    if not body:
        d.type = "extended"
        return
    if body.startswith("#"):
        d.type = "numeric"
        spec = re.split(r"[#=~]", body[1:].strip().lstrip("="))[0]
        spec = _clean(spec)
        if ".." in spec:
            low, high = spec.split("..", 1)
            d.numeric_min, d.numeric_max = _number(low, d.where()), _number(high, d.where())
        else:
            value, _sep, tol = spec.partition(":")
            d.numeric_answer = _number(value, d.where())
            d.numeric_tolerance = _number(tol, d.where()) if tol else Decimal("0")
        return
    head, feedback = _split_feedback(body)
    if head.strip().upper() in ("T", "TRUE", "F", "FALSE"):
        d.type, d.correct_boolean = "true_false", head.strip().upper().startswith("T")
        d.general_feedback = d.general_feedback or _clean(feedback.split("#")[0])
        return
    found = list(re.finditer(r"([=~])([^=~]*)", body))
    parts = [(m.group(1), m.group(2)) for m in found]
    lines = [line + body[: m.start()].count("\n") for m in found]
    if not parts:
        raise ValueError(f"{d.where()}: " + _("the answer block {…} cannot be read"))
    if any("->" in text for _mark, text in parts):
        d.type = "matching"
        for _mark, text in parts:
            left, arrow, right = text.partition("->")
            if not arrow:
                raise ValueError(f"{d.where()}: " + _("every matching pair needs “->”"))
            d.options.append(DraftOption(text=_clean(left), match=_clean(right), correct=bool(_clean(left))))
        return
    for (_mark, raw), where in zip(parts, lines, strict=True):
        m = re.match(r"\s*%(-?\d+(?:\.\d+)?)%", raw)
        problem = moodle_grade_problem(Decimal(m.group(1)), where) if m else None
        if problem:
            raise ValueError(f"{d.where()}: {problem}")
    options, weights = [], []
    for mark, raw in parts:
        text, fb = _split_feedback(raw)
        weight = None
        m = re.match(r"\s*%(-?\d+(?:\.\d+)?)%(.*)", text, re.DOTALL)
        if m:
            weight, text = Decimal(m.group(1)), m.group(2)
        correct = mark == "=" or (weight is not None and weight > 0)
        options.append(DraftOption(text=_clean(text), correct=correct, feedback=_clean(fb)))
        weights.append(weight)
    for option, where in zip(options, lines, strict=True):
        option.line = where
    if all(mark == "=" for mark, _raw in parts):
        # Short answer: "=" alone is full credit, "=%50%" half, "=%0%*" a recognised wrong answer.
        for option, weight in zip(options, weights, strict=True):
            option.fraction = Decimal(1) if weight is None else weight / 100
            option.correct = option.fraction > 0
        d.type, d.options = "short_text", options
        return
    if sum(mark == "=" for mark, _raw in parts) > 1:
        raise ValueError(
            f"{d.where()}: "
            + _("a multiple-choice question has exactly one right answer (=); weight several with ~%50%")
        )
    d.options = options
    if sum(o.correct for o in options) > 1 or any(w is not None and 0 < w < 100 for w in weights):
        d.type, d.multiple_scoring = "multiple", "proportional"
        d.penalty = wrong_pick_penalty(
            [Decimal(100) if m == "=" else (w or Decimal(0)) for (m, _r), w in zip(parts, weights, strict=True)]
        )
    else:
        d.type = "single"


def parse_gift(text: str) -> list[QuestionDraft]:
    drafts, errors = [], []
    for line, block in _blocks(text):
        raw = whole = _escape(block)
        title = ""
        m = re.match(r"\s*::(.*?)::(.*)", raw, re.DOTALL)
        if m:
            title, raw = m.group(1), m.group(2)
        open_at, close_at = raw.find("{"), raw.rfind("}")
        label = _clean(title) or _clean(raw[: open_at if open_at >= 0 else 60])[:60]
        d = QuestionDraft(type="", title=label, text="", line=line)
        if open_at < 0 or close_at < open_at:
            errors.append(f"{d.where()}: " + _("unsupported question type (no answer block {…}, e.g. a description)"))
            continue
        before, after = raw[:open_at], raw[close_at + 1 :]
        d.text = _clean(before + (" _____ " + after if after.strip() else ""))
        if not title:
            d.title = d.text[:80]
        try:
            _parse_answers(d, raw[open_at + 1 : close_at], line + whole[: len(whole) - len(raw) + open_at].count("\n"))
        except ValueError as exc:
            errors.append(str(exc))
            continue
        drafts.append(d)
    if errors:
        raise ImportFailed(errors)
    return drafts
