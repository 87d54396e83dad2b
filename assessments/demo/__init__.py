"""Demo assessments: one per demo module plus the Level 1 certification exam. Idempotent, keyed by slug.

Questions get a deterministic uuid from their place in the demo, so running this again adds nothing.
"""

import uuid
from decimal import Decimal

from django.db import transaction

from assessments.models import (
    Assessment,
    AssessmentDraw,
    AssessmentItem,
    AssessmentKind,
    Question,
    QuestionCompetency,
    QuestionOption,
    Rubric,
    RubricCriterion,
    RubricLevel,
)
from competency.models import Competency, Framework

from .ka_1_3 import KA_1, KA_2, KA_3
from .ka_4_6 import KA_4, KA_5, KA_6
from .kd_kc import KC_6, KD_3, LEVELS, RUBRICS

_NS = uuid.UUID("6f1d2b0a-6c52-4f0e-9a57-1d2c3b4a5e60")

MODULES = {
    "module-ka-1": ("KA.1", KA_1),
    "module-ka-2": ("KA.2", KA_2),
    "module-ka-3": ("KA.3", KA_3),
    "module-ka-4": ("KA.4", KA_4),
    "module-ka-5": ("KA.5", KA_5),
    "module-ka-6": ("KA.6", KA_6),
    "module-kd-3": ("KD.3", KD_3),
    "module-kc-6": ("KC.6", KC_6),
}


def _framework() -> Framework:
    return Framework.objects.filter(slug="ictcft-v3").first() or Framework.objects.get(is_current=True)


def _rubric(key: str, competencies: dict[str, Competency]) -> Rubric:
    spec = RUBRICS[key]
    rubric = Rubric.objects.filter(title=spec["title"]).first()
    if rubric:
        return rubric
    rubric = Rubric.objects.create(title=spec["title"])
    for i, (label, points) in enumerate(LEVELS):
        RubricLevel.objects.create(rubric=rubric, label=label, points=Decimal(points), sort_order=i)
    for i, (title, code, descriptors) in enumerate(spec["criteria"]):
        RubricCriterion.objects.create(
            rubric=rubric, title=title, competency=competencies[code], descriptors="\n".join(descriptors), sort_order=i
        )
    return rubric


def _question(key: str, spec: dict, competency: Competency, competencies: dict) -> Question:
    qid = uuid.uuid5(_NS, key)
    existing = Question.objects.filter(uuid=qid).first()
    if existing:
        return existing
    text = spec["text"]
    q = Question(
        uuid=qid,
        type=spec["type"],
        title=f"{competency.code} · {text[:80]}",
        text=text,
        difficulty=spec["difficulty"],
        general_feedback=spec.get("feedback", ""),
    )
    options: list[QuestionOption] = []
    t = spec["type"]
    if t in ("single", "multiple"):
        q.multiple_scoring = spec.get("scoring", "all_or_nothing")
        options = [QuestionOption(text=o, is_correct=c, feedback=f) for o, c, f in spec["options"]]
    elif t == "true_false":
        q.correct_boolean = spec["answer"]
    elif t == "numeric":
        q.numeric_answer, q.numeric_tolerance = Decimal(spec["answer"]), Decimal(spec["tolerance"])
    elif t == "short_text":
        options = [QuestionOption(text=a, is_correct=True) for a in spec["accepted"]]
    elif t == "ordering":
        options = [QuestionOption(text=item) for item in spec["items"]]
    elif t == "matching":
        options = [QuestionOption(text=left, match_text=right) for left, right in spec["pairs"]]
    elif t == "extended":
        q.rubric = _rubric(spec["rubric"], competencies)
        q.allow_file = spec["allow_file"]
    q.save()
    for i, option in enumerate(options):
        option.question, option.sort_order = q, i
    QuestionOption.objects.bulk_create(options)
    QuestionCompetency.objects.create(question=q, competency=competency, weight=Decimal("1"))
    return q


@transaction.atomic
def demo_assessments_ensure() -> None:
    framework = _framework()
    competencies = {c.code: c for c in Competency.objects.filter(framework=framework).select_related("level")}
    for slug, (code, specs) in MODULES.items():
        competency = competencies[code]
        questions = [_question(f"{slug}-{i}", spec, competency, competencies) for i, spec in enumerate(specs)]
        assessment, created = Assessment.objects.get_or_create(
            slug=slug,
            defaults={
                "title": f"{code} {competency.title}: module assessment",
                "kind": AssessmentKind.MODULE,
                "level": competency.level,
                "description": f"Check your understanding of {code} {competency.title}. You need 80 % to pass.",
            },
        )
        if created:
            assessment.competencies.set([competency])
            AssessmentItem.objects.bulk_create(
                [AssessmentItem(assessment=assessment, question=q, sort_order=i) for i, q in enumerate(questions)]
            )
    ka = [competencies[f"KA.{n}"] for n in range(1, 7)]
    exam, created = Assessment.objects.get_or_create(
        slug="exam-ka",
        defaults={
            "title": "Level 1 certification exam: Knowledge Acquisition",
            "kind": AssessmentKind.LEVEL_EXAM,
            "level": ka[0].level,
            "description": "Two questions drawn at random for each of the six Knowledge Acquisition competencies. "
            "40 minutes, up to 3 attempts, 30 minutes apart.",
            "time_limit_minutes": 40,
            "max_attempts": 3,
            "cooldown_minutes": 30,
        },
    )
    if created:
        exam.competencies.set(ka)
        AssessmentDraw.objects.bulk_create(
            [
                AssessmentDraw(assessment=exam, competency=c, count=2, max_difficulty=3, sort_order=i)
                for i, c in enumerate(ka)
            ]
        )
