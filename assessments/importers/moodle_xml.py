"""Moodle XML: multichoice, truefalse, shortanswer (with partial credit), numerical, matching (with
distractors), essay, ordering and cloze (Moodle's multianswer, exported as type="cloze").

Parsed with expat so every question keeps its line. DOCTYPEs and entity declarations are refused before
any entity is expanded (no "billion laughs", no external entities): a Moodle export never has one.
"""

import html
import re
import xml.parsers.expat
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from assessments.question_types import moodle_reader

from .draft import ImportFailed, QuestionDraft, moodle_grade_problem

_BREAKS = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.IGNORECASE)


@dataclass
class Node:
    tag: str
    attrs: dict
    line: int
    children: list["Node"] = field(default_factory=list)
    text: str = ""

    def find(self, tag: str) -> "Node | None":
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list["Node"]:
        return [c for c in self.children if c.tag == tag]

    def value(self, tag: str | None = None) -> str:
        """The text of <tag><text>…</text></tag> (or of this node's own <text>), without HTML."""
        node = self.find(tag) if tag else self
        if node is None:
            return ""
        inner = node.find("text")
        raw = inner.text if inner is not None else node.text
        return " ".join(html.unescape(strip_tags(raw)).split())

    def lines(self, tag: str) -> str:
        """Like value(), but line and paragraph breaks of HTML text are kept as new lines."""
        node = self.find(tag)
        inner = node.find("text") if node is not None else None
        raw = inner.text if inner is not None else (node.text if node is not None else "")
        text = html.unescape(strip_tags(_BREAKS.sub("\n", raw)))
        return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _parse_tree(text: str) -> Node:
    parser = xml.parsers.expat.ParserCreate()
    root = Node("#document", {}, 1)
    stack = [root]

    def refuse(*_args):
        raise ImportFailed(
            [_("line %(line)d: DOCTYPE and entity declarations are not allowed") % {"line": parser.CurrentLineNumber}]
        )

    def start(tag, attrs):
        node = Node(tag, attrs, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def end(_tag):
        stack.pop()

    def chars(data):
        stack[-1].text += data

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, chars
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(text, True)
    except xml.parsers.expat.ExpatError as exc:
        raise ImportFailed(
            [
                _("The file is not well-formed XML: %(error)s (line %(line)d)")
                % {"error": xml.parsers.expat.ErrorString(exc.code), "line": exc.lineno}
            ]
        ) from exc
    return root


def _check_grades(d: QuestionDraft, answers: list[Node]) -> None:
    """Moodle refuses a file with a grade outside its fixed list; so do we, naming the answer's line."""
    for a in answers:
        try:
            percent = Decimal(a.attrs.get("fraction", "0"))
        except InvalidOperation:
            percent = Decimal("NaN")
        problem = (
            moodle_grade_problem(percent, a.line)
            if percent.is_finite()
            else _("line %(line)d: the grade is not a number") % {"line": a.line}
        )
        if problem:
            raise ValueError(f"{d.where()}: {problem}")


def _draft(q: Node, qtype: str) -> QuestionDraft:
    name = q.value("name")
    d = QuestionDraft(type="", title=name or q.value("questiontext")[:80], text=q.value("questiontext"), line=q.line)
    d.general_feedback = q.value("generalfeedback")
    grade = q.find("defaultgrade")
    if grade is not None and grade.text.strip():
        try:
            d.points = Decimal(grade.text.strip())
        except InvalidOperation as exc:
            raise ValueError(f"{d.where()}: " + _("the default grade is not a number")) from exc
    hidden = q.find("hidden")
    d.hidden = hidden is not None and hidden.text.strip() not in ("", "0")
    if qtype in ("multichoice", "truefalse", "shortanswer", "numerical"):
        _check_grades(d, q.findall("answer"))
    moodle_reader(qtype).from_moodle_xml(q, d)  # each type reads its own elements (question_types/<type>.py)
    return d


def parse_moodle_xml(text: str) -> list[QuestionDraft]:
    root = _parse_tree(text)
    quiz = root.find("quiz")
    if quiz is None:
        raise ImportFailed([_("line 1: a Moodle XML file starts with <quiz>")])
    drafts, errors = [], []
    for q in quiz.findall("question"):
        qtype = q.attrs.get("type", "")
        if qtype == "category":
            continue
        if moodle_reader(qtype) is None:
            label = q.value("name") or qtype
            errors.append(
                _("Question “%(title)s” (line %(line)d): unsupported question type “%(type)s”")
                % {"title": label, "line": q.line, "type": qtype}
            )
            continue
        try:
            drafts.append(_draft(q, qtype))
        except ValueError as exc:
            errors.append(str(exc))
    if errors:
        raise ImportFailed(errors)
    return drafts
