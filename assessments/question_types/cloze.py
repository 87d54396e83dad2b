"""Cloze (Moodle's embedded answers): gaps written in the text, graded Σ(gap weight × gap fraction) / Σ(weight).

The syntax (reading `{1:SHORTANSWER:=Paris}`) is in cloze_syntax.py; everything a cloze question does is here.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments.errors import AssessmentError

from .base import MAX_SHORT, Frozen, QuestionKind, plain
from .cloze_syntax import ClozeError, cloze_parse
from .text import ONE, ZERO, clamp, parse_number, text_match


@dataclass
class ClozeGapKey(Frozen):
    kind: str  # shortanswer | numerical | multichoice | multiresponse
    weight: int
    case_sensitive: bool
    answers: list[dict]  # {"text", "fraction"} (+ "token" for choices, "tolerance" for numbers)


@dataclass
class ClozeKey(Frozen):
    gaps: list[dict]  # ClozeGapKey, as dicts
    ignore_accents: bool
    whitespace: str


@dataclass(frozen=True)
class GapResult:
    number: int
    fraction: Decimal  # 0..1
    matched: tuple[int, ...]  # indexes of the answers the response matched (their feedback is shown)


def _numerical(gap: dict, response) -> tuple[tuple[int, ...], Decimal]:
    value = parse_number(response) if isinstance(response, str) else None
    if value is None:
        return (), ZERO
    best, best_fraction = None, None
    for i, a in enumerate(gap["answers"]):
        fraction = Decimal(a["fraction"])
        hit = a["text"] == "*" or abs(value - Decimal(a["text"])) <= Decimal(a.get("tolerance") or "0")
        if hit and (best_fraction is None or fraction > best_fraction):
            best, best_fraction = i, fraction
    return ((best,) if best is not None else ()), (best_fraction or ZERO)


def gap_grade(gap: dict, response, flags: dict) -> tuple[tuple[int, ...], Decimal]:
    kind = gap["kind"]
    if kind == "shortanswer":
        answers = [(a["text"], Decimal(a["fraction"])) for a in gap["answers"]]
        index, fraction = text_match(answers, response, {**flags, "case_sensitive": gap.get("case_sensitive", False)})
        return ((index,) if index is not None else ()), fraction
    if kind == "numerical":
        return _numerical(gap, response)
    tokens = {a["token"]: i for i, a in enumerate(gap["answers"])}
    if kind == "multichoice":
        if not isinstance(response, str) or response not in tokens:
            return (), ZERO
        return (tokens[response],), Decimal(gap["answers"][tokens[response]]["fraction"])
    picked = sorted({tokens[t] for t in (response if isinstance(response, list) else []) if t in tokens})
    return tuple(picked), sum((Decimal(gap["answers"][i]["fraction"]) for i in picked), ZERO)


def cloze_gap_results(key: dict, response) -> list[GapResult]:
    given = response if isinstance(response, dict) else {}
    flags = {"ignore_accents": bool(key.get("ignore_accents")), "whitespace": key.get("whitespace", "collapse")}
    results = []
    for number, gap in enumerate(key["gaps"], start=1):
        matched, fraction = gap_grade(gap, given.get(str(number)), flags)
        results.append(GapResult(number=number, fraction=clamp(fraction), matched=matched))
    return results


def _gap_clean(number: str, gap: dict, value):
    tokens = {o["token"] for o in gap.get("options", [])}
    if gap["kind"] in ("shortanswer", "numerical"):
        if not isinstance(value, str):
            raise AssessmentError(_("Type your answer in gap %(n)s.") % {"n": number}, code="response")
        return value[:MAX_SHORT] if value.strip() else None
    if gap["kind"] == "multichoice":
        if not isinstance(value, str) or value not in tokens:
            raise AssessmentError(_("Choose one of the options of gap %(n)s.") % {"n": number}, code="response")
        return value
    picked = [value] if isinstance(value, str) else value
    if not isinstance(picked, list) or not set(picked) <= tokens:
        raise AssessmentError(_("Choose among the options of gap %(n)s.") % {"n": number}, code="response")
    return sorted(set(picked))


def _gap_right(gap: dict) -> str:
    if gap["kind"] == "multiresponse":
        return ", ".join(a["text"] for a in gap["answers"] if Decimal(a["fraction"]) > 0)
    best = max(gap["answers"], key=lambda a: Decimal(a["fraction"]))
    if gap["kind"] == "numerical" and best["text"] != "*":  # stored as always (8E+1), shown plain (80)
        answer, tolerance = plain(Decimal(best["text"])), plain(Decimal(best.get("tolerance") or "0"))
        return f"{answer} ± {tolerance}" if tolerance != "0" else answer
    return best["text"]


def _gap_display(question: dict, number: str, value) -> str:
    gap = next((g for g in question.get("gaps", []) if str(g["number"]) == number), {})
    labels = {o["token"]: o["text"] for o in gap.get("options", [])}
    if isinstance(value, list):
        return ", ".join(labels.get(v, "") for v in value)
    return labels.get(value, value) if labels else str(value)


def cloze_fields(question: dict, response) -> list[dict]:
    """The cloze text as pieces for the player: plain text, or a gap with its field's name, label and state."""
    given = response if isinstance(response, dict) else {}
    gaps = {g["number"]: g for g in question.get("gaps", [])}
    total = len(gaps)
    pieces = []
    for segment in question.get("segments", []):
        if "text" in segment:
            pieces.append({"text": segment["text"]})
            continue
        gap = gaps[segment["gap"]]
        value = given.get(str(gap["number"]), [] if gap["kind"] == "multiresponse" else "")
        chosen = value if isinstance(value, list) else [value]
        pieces.append(
            {
                "gap": {
                    **gap,
                    "name": f"gap-{gap['number']}",
                    "label": _("Gap %(n)d of %(total)d") % {"n": gap["number"], "total": total},
                    "value": value if isinstance(value, str) else "",
                    "options": [{**o, "checked": o["token"] in chosen} for o in gap.get("options", [])],
                }
            }
        )
    return pieces


class Cloze(QuestionKind):
    name = "cloze"
    moodle_type = "cloze"

    def response_from_form(self, question: dict, data):
        return {
            str(g["number"]): data.getlist(f"gap-{g['number']}")
            if g["kind"] == "multiresponse"
            else data.get(f"gap-{g['number']}", "")
            for g in question.get("gaps", [])
        }

    def response_clean(self, question: dict, response):
        """{"gap number": text, choice token or list of tokens}; gaps left empty are dropped."""
        gaps = {str(g["number"]): g for g in question.get("gaps", [])}
        if not isinstance(response, dict) or not set(response) <= set(gaps):
            raise AssessmentError(_("Answer the gaps shown."), code="response")
        cleaned: dict = {}
        for number, value in response.items():
            if value in (None, "", []):
                continue
            value = _gap_clean(number, gaps[number], value)
            if value is not None:
                cleaned[number] = value
        return cleaned or None

    def snapshot(self, q: dict, question, ctx) -> None:
        """Gaps as the browser may see them (choices under random tokens) and, apart, their key and feedback."""
        cloze = cloze_parse(question.text)
        segments, public, key, feedback = [], [], [], []
        for part in cloze.parts:
            if isinstance(part, str):
                segments.append({"text": part})
                continue
            gap = part
            segments.append({"gap": gap.number})
            shown = {"number": gap.number, "kind": gap.kind, "layout": gap.layout}
            answers = [{"text": a.text, "fraction": str(a.fraction)} for a in gap.answers]
            if gap.kind in ("multichoice", "multiresponse"):
                for a in answers:
                    a["token"] = ctx.token()
                order = ctx.shuffled(range(len(answers)), gap.shuffle)
                shown["options"] = [{"token": answers[i]["token"], "text": answers[i]["text"]} for i in order]
            elif gap.kind == "numerical":
                for a, source in zip(answers, gap.answers, strict=True):
                    a["tolerance"] = str(source.tolerance.normalize())
            public.append(shown)
            frozen = ClozeGapKey(kind=gap.kind, weight=gap.weight, case_sensitive=gap.case_sensitive, answers=answers)
            key.append(frozen.as_dict())
            feedback.append([a.feedback for a in gap.answers])
        q["text"] = "".join(s["text"] if "text" in s else f"[{s['gap']}]" for s in segments)
        q["segments"], q["gaps"] = segments, public
        q["key"] = ClozeKey(gaps=key, ignore_accents=question.ignore_accents, whitespace=question.whitespace).as_dict()
        q["feedback"]["gaps"] = feedback

    def grade(self, key: dict, response) -> Decimal:
        total = sum((Decimal(g["weight"]) for g in key["gaps"]), ZERO)
        if not total:
            return ZERO
        results = cloze_gap_results(key, response)
        earned = sum((Decimal(g["weight"]) * r.fraction for g, r in zip(key["gaps"], results, strict=True)), ZERO)
        return clamp(min(ONE, earned / total))

    def feedback(self, question: dict, response) -> list[str]:
        notes = []
        texts_per_gap = question["feedback"].get("gaps", [])
        for result, texts in zip(cloze_gap_results(question["key"], response), texts_per_gap, strict=False):
            for i in result.matched:
                if texts[i]:
                    notes.append(_("Gap %(n)d: %(feedback)s") % {"n": result.number, "feedback": texts[i]})
        return notes

    def response_display(self, question: dict, response) -> str:
        return "; ".join(
            _("Gap %(n)s: %(answer)s") % {"n": number, "answer": _gap_display(question, number, value)}
            for number, value in sorted(response.items(), key=lambda kv: int(kv[0]))
        )

    def correct_display(self, question: dict) -> str:
        return "; ".join(
            _("Gap %(n)s: %(answer)s") % {"n": i, "answer": _gap_right(gap)}
            for i, gap in enumerate(question["key"]["gaps"], 1)
        )

    def fields_in_text(self, question: dict, response) -> list[dict]:
        return cloze_fields(question, response)

    def admin_problem(self, cleaned: dict, options: list[dict]) -> str | None:
        return None  # the text's gaps are checked on the text field itself (admin_text_error)

    def admin_text_error(self, text: str) -> str | None:
        try:
            cloze_parse(text)
        except ClozeError as exc:
            return str(exc)
        return None

    def draft_problems(self, draft) -> list[str]:
        error = self.admin_text_error(draft.text)
        return [error] if error else []

    def default_points(self, draft) -> Decimal:
        return Decimal(cloze_parse(draft.text).total_weight)  # as in Moodle: the sum of its gap weights

    # GIFT has no cloze questions: gift() is the base's CannotExpress.

    def moodle_xml(self, question, options: list) -> str:
        return ""  # the gaps travel inside the text, in Moodle's own syntax, exactly as written or imported

    def from_moodle_xml(self, node, draft) -> None:
        draft.type = self.name
        draft.text = node.lines("questiontext")
