"""Grading a frozen cloze question: Σ(gap weight × gap fraction) / Σ(gap weight), as Moodle's multianswer does."""

from dataclasses import dataclass
from decimal import Decimal

from .questions import ONE, ZERO, _clamp, parse_number, text_match


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
        results.append(GapResult(number=number, fraction=_clamp(fraction), matched=matched))
    return results


def grade_cloze(key: dict, response) -> Decimal:
    total = sum((Decimal(g["weight"]) for g in key["gaps"]), ZERO)
    if not total:
        return ZERO
    earned = sum(
        (Decimal(g["weight"]) * r.fraction for g, r in zip(key["gaps"], cloze_gap_results(key, response), strict=True)),
        ZERO,
    )
    return _clamp(min(ONE, earned / total))
