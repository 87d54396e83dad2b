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

from .draft import DraftOption, ImportFailed, QuestionDraft, wrong_pick_penalty

SUPPORTED = {"multichoice", "truefalse", "shortanswer", "numerical", "matching", "essay", "ordering", "cloze"}
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


def _fraction(node: Node) -> Decimal:
    try:
        return Decimal(node.attrs.get("fraction", "0"))
    except InvalidOperation:
        return Decimal(0)


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
    answers = q.findall("answer")
    if qtype == "multichoice":
        single = (q.find("single") is None) or q.find("single").text.strip().lower() in ("true", "1")
        d.options = [
            DraftOption(text=a.value(), correct=_fraction(a) > 0, feedback=a.value("feedback")) for a in answers
        ]
        if single:
            d.type = "single"
            if any(0 < _fraction(a) < 100 for a in answers):
                raise ValueError(
                    f"{d.where()}: "
                    + _("partial credit in a single-choice question is not supported; use multiple response")
                )
            for o, a in zip(d.options, answers, strict=True):
                o.correct = _fraction(a) == 100
        else:
            d.type, d.multiple_scoring = "multiple", "proportional"
            d.penalty = wrong_pick_penalty([_fraction(a) for a in answers])
    elif qtype == "truefalse":
        d.type = "true_false"
        right = next((a for a in answers if _fraction(a) == 100), None)
        d.correct_boolean = None if right is None else right.value().lower() == "true"
    elif qtype == "shortanswer":
        d.type = "short_text"
        usecase = q.find("usecase")
        d.case_sensitive = usecase is not None and usecase.text.strip() == "1"
        # Every answer is kept: partial credit (fraction="50") and recognised wrong ones (fraction="0", often
        # "*" with feedback) alike.
        d.options = [
            DraftOption(
                text=a.value(), correct=_fraction(a) > 0, feedback=a.value("feedback"), fraction=_fraction(a) / 100
            )
            for a in answers
        ]
    elif qtype == "numerical":
        d.type = "numeric"
        right = next((a for a in answers if _fraction(a) == 100), None)
        if right is not None:
            try:
                d.numeric_answer = Decimal(right.value())
                tol = right.find("tolerance")
                d.numeric_tolerance = Decimal(tol.text.strip()) if tol is not None and tol.text.strip() else Decimal(0)
            except InvalidOperation as exc:
                raise ValueError(f"{d.where()}: " + _("the answer is not a number")) from exc
    elif qtype == "matching":
        d.type = "matching"
        # A subquestion with no text is a distractor: an extra answer offered in every list.
        d.options = [
            DraftOption(text=s.value(), match=s.value("answer"), correct=bool(s.value()))
            for s in q.findall("subquestion")
            if s.value() or s.value("answer")
        ]
    elif qtype == "cloze":
        d.type = "cloze"
        d.text = q.lines("questiontext")
    elif qtype == "essay":
        d.type = "extended"
        attachments = q.find("attachments")
        d.allow_file = attachments is not None and attachments.text.strip() not in ("", "0")
    elif qtype == "ordering":
        d.type = "ordering"
        d.options = [DraftOption(text=a.value()) for a in answers]
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
        if qtype not in SUPPORTED:
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
