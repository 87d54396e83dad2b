"""The arithmetic of peer review (ADR 0195), free of the database so it is easy to test and to explain.

Scores are fractions of the item's points, 0..1. A reviewer's weight comes from their calibration:
weight = 1 / (1 + |their score of the example − the trainer's score|), so a perfect calibration weighs 1 and the
worst possible (a whole scale apart) weighs ½: nobody is silenced, careful scorers count more.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

PLACES = Decimal("0.000001")


class ScoringError(ValueError):
    """What the reviewer must fix in their scoring (shown to them)."""


def rubric_score(rubric: dict | None, chosen: dict[str, str], holistic: str | None = None) -> tuple[dict, Decimal]:
    """(criterion id -> level id, score 0..1) for a rubric scoring, or a holistic 0–100 score without a rubric."""
    if not rubric:
        try:
            value = Decimal(holistic or "")
        except ArithmeticError:
            value = Decimal(-1)
        if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
            raise ScoringError(_("Give a score between 0 and 100."))
        return {}, (value / 100).quantize(PLACES)
    levels = {str(lv["id"]): Decimal(lv["points"]) for lv in rubric["levels"]}
    top = max(levels.values(), default=Decimal(0))
    criteria, earned = {}, Decimal(0)
    for c in rubric["criteria"]:
        level_id = str(chosen.get(str(c["id"]), ""))
        if level_id not in levels:
            raise ScoringError(_("Choose a performance level for “%(criterion)s”.") % {"criterion": c["title"]})
        criteria[str(c["id"])] = level_id
        earned += levels[level_id]
    possible = top * len(rubric["criteria"])
    return criteria, (earned / possible).quantize(PLACES) if possible else Decimal(0)


def calibration_weight(*, reviewer_score: Decimal, trainer_score: Decimal) -> Decimal:
    return (Decimal(1) / (Decimal(1) + abs(Decimal(reviewer_score) - Decimal(trainer_score)))).quantize(PLACES)


@dataclass(frozen=True)
class Scored:
    key: int  # the review's id
    score: Decimal
    weight: Decimal


def weighted_median(items: list[Scored]) -> Scored:
    """The review at the weighted median: the lowest score with more than half the total weight at or below it.

    An exact half (two peers of equal weight) goes to the higher score: a tie benefits the teacher. The median is
    always one real review, so the grade recorded is a scoring someone actually gave, rubric levels and all.
    """
    if not items:
        raise ValueError("no reviews")
    ordered = sorted(items, key=lambda s: (s.score, s.key))
    total = sum((s.weight for s in ordered), Decimal(0))
    running = Decimal(0)
    for item in ordered:
        running += item.weight
        if running * 2 > total:
            return item
    return ordered[-1]


def spread(items: list[Scored]) -> Decimal:
    scores = [s.score for s in items]
    return (max(scores) - min(scores)) if scores else Decimal(0)


def disagree(items: list[Scored], threshold: Decimal) -> bool:
    """Peers further apart than the threshold (a share of the points): a trainer decides."""
    return spread(items) > Decimal(threshold)
