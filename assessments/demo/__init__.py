"""Demo assessments: one per demo module plus a certification exam per level. Idempotent, keyed by slug.

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
from competency.models import Competency, Framework, Objective

from .pools import POOLS, RUBRICS
from .spec import LEVELS

_NS = uuid.UUID("6f1d2b0a-6c52-4f0e-9a57-1d2c3b4a5e60")

# A level's exam is created once every competency of the level has a pool this large.
EXAM_MIN_POOL = 4
EXAMS = {
    "KA": ("exam-ka", "Level 1 certification exam: Knowledge Acquisition"),
    "KD": ("exam-kd", "Level 2 certification exam: Knowledge Deepening"),
    "KC": ("exam-kc", "Level 3 certification exam: Knowledge Creation"),
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


# The exam's description; {count} is the number of competencies of the level (a translation keeps the placeholder).
EXAM_DESCRIPTION = (
    "Two questions drawn at random for each of the {count} competencies of this level. "
    "40 minutes, up to 3 attempts, 30 minutes apart."
)


def demo_question_uuid(key: str) -> uuid.UUID:
    """The stable identity of the demo question `key` ("module-ka-1-0"), so a reload finds it again."""
    return uuid.uuid5(_NS, key)


def _question(key: str, spec: dict, competency: Competency, competencies: dict) -> Question:
    qid = demo_question_uuid(key)
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
    if spec.get("objective"):
        objectives = list(Objective.objects.filter(framework=competency.framework, code=spec["objective"]))
        if not objectives:
            raise ValueError(f"Demo question {key} names an unknown objective {spec['objective']}")
        # A parental many-to-many is written by save(): set it first, or it stays in memory only.
        q.objectives.set(objectives)
    q.save()
    for i, option in enumerate(options):
        option.question, option.sort_order = q, i
    QuestionOption.objects.bulk_create(options)
    QuestionCompetency.objects.create(question=q, competency=competency, weight=Decimal("1"))
    return q


def _exam(level_code: str, competencies: list[Competency]) -> None:
    slug, title = EXAMS[level_code]
    exam, created = Assessment.objects.get_or_create(
        slug=slug,
        defaults={
            "title": title,
            "kind": AssessmentKind.LEVEL_EXAM,
            "level": competencies[0].level,
            "description": EXAM_DESCRIPTION.replace("{count}", str(len(competencies))),
            "time_limit_minutes": 40,
            "max_attempts": 3,
            "cooldown_minutes": 30,
        },
    )
    if created:
        exam.competencies.set(competencies)
        AssessmentDraw.objects.bulk_create(
            [
                AssessmentDraw(
                    assessment=exam, competency=c, count=2, max_difficulty=3, auto_graded_only=True, sort_order=i
                )
                for i, c in enumerate(competencies)
            ]
        )


@transaction.atomic
def demo_assessments_ensure() -> None:
    framework = _framework()
    competencies = {c.code: c for c in Competency.objects.filter(framework=framework).select_related("level")}
    pool_sizes: dict[str, int] = {}
    for pool in POOLS:
        slug, code, specs = pool.module_assessment, pool.competency, pool.items
        competency = competencies[code]
        pool_sizes[code] = len(specs)
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
    for level_code in EXAMS:
        level_competencies = sorted(
            (c for c in competencies.values() if c.level.code == level_code), key=lambda c: c.code
        )
        if level_competencies and all(pool_sizes.get(c.code, 0) >= EXAM_MIN_POOL for c in level_competencies):
            _exam(level_code, level_competencies)
