"""From question scores to weighted competency scores and pass/fail, under the frozen rules."""

from dataclasses import dataclass, field
from decimal import Decimal

_PCT = Decimal("0.01")


@dataclass
class CompetencyResult:
    code: str
    score: Decimal  # percent, 0..100
    pass_mark: Decimal
    passed: bool
    questions: list[int] = field(default_factory=list)  # positions that counted
    earned: Decimal = Decimal("0")
    possible: Decimal = Decimal("0")


def competency_results(
    questions: list[dict], scores: dict[int, Decimal], competency_scores: dict[int, dict], rules: dict
) -> dict[str, CompetencyResult]:
    """Weighted score per competency: Σ(fraction × points × weight) / Σ(points × weight).

    `competency_scores` carries rubric results for extended responses, where each criterion is aligned to a
    competency and so the same answer may score differently per competency.
    """
    results: dict[str, CompetencyResult] = {}
    default_mark = Decimal(rules.get("pass_mark", "80"))
    marks = rules.get("pass_marks", {})
    for position, q in enumerate(questions):
        points = Decimal(q["points"])
        for code, weight in q["competencies"].items():
            r = results.get(code)
            if r is None:
                mark = Decimal(marks.get(code, default_mark))
                r = results[code] = CompetencyResult(code=code, score=Decimal(0), pass_mark=mark, passed=False)
            fraction = competency_scores.get(position, {}).get(code, scores.get(position) or Decimal(0))
            w = points * Decimal(weight)
            r.earned += Decimal(fraction) * w
            r.possible += w
            r.questions.append(position)
    for r in results.values():
        r.score = (r.earned * 100 / r.possible).quantize(_PCT) if r.possible else Decimal("0.00")
        r.passed = r.score >= r.pass_mark
    return results
