from decimal import Decimal

import pytest

from assessments.models import (
    Assessment,
    AssessmentItem,
    Question,
    QuestionCompetency,
    QuestionOption,
    Rubric,
    RubricCriterion,
    RubricLevel,
)


@pytest.fixture
def competencies(framework_v3):
    from competency.models import Competency

    return {c.code: c for c in Competency.objects.filter(framework=framework_v3).select_related("level")}


@pytest.fixture
def make_question(competencies):
    def make(qtype="single", *, code="KA.1", weight="1", options=(), points="1", difficulty=1, **fields):
        q = Question.objects.create(
            type=qtype,
            title=fields.pop("title", f"{qtype} question"),
            text=fields.pop("text", f"Text of {qtype}?"),
            points=Decimal(points),
            difficulty=difficulty,
            **fields,
        )
        for i, opt in enumerate(options):
            if isinstance(opt, str):
                opt = {"text": opt}
            QuestionOption.objects.create(question=q, sort_order=i, **opt)
        codes = code if isinstance(code, (list, tuple)) else [code]
        for c in codes:
            QuestionCompetency.objects.create(question=q, competency=competencies[c], weight=Decimal(weight))
        return q

    return make


@pytest.fixture
def make_assessment(competencies):
    def make(questions, *, slug="a1", code="KA.1", **fields):
        a = Assessment.objects.create(slug=slug, title=f"Assessment {slug}", level=competencies[code].level, **fields)
        a.competencies.set([competencies[code]])
        for i, q in enumerate(questions):
            AssessmentItem.objects.create(assessment=a, question=q, sort_order=i)
        return a

    return make


@pytest.fixture
def single_choice(make_question):
    def make(**kw):
        return make_question(
            "single",
            options=[
                {"text": "Right answer", "is_correct": True, "feedback": "FEEDBACK-RIGHT"},
                {"text": "Wrong answer", "feedback": "FEEDBACK-WRONG"},
            ],
            general_feedback="GENERAL-FEEDBACK",
            **kw,
        )

    return make


@pytest.fixture
def rubric(competencies):
    r = Rubric.objects.create(title="Lesson plan")
    for i, (label, pts) in enumerate([("Beginning", 1), ("Developing", 2), ("Proficient", 3), ("Exemplary", 4)]):
        RubricLevel.objects.create(rubric=r, label=label, points=pts, sort_order=i)
    RubricCriterion.objects.create(
        rubric=r,
        title="Objective",
        competency=competencies["KD.3"],
        sort_order=0,
        descriptors="none\nvague\nclear\nmeasurable",
    )
    RubricCriterion.objects.create(rubric=r, title="ICT use", competency=competencies["KD.3"], sort_order=1)
    return r


def token_of(question: dict, text: str) -> str:
    return next(o["token"] for o in question["options"] if o["text"] == text)


def correct_response(q: dict):
    """The right response for a frozen question, built from its key (tests only)."""
    key, t = q["key"], q["type"]
    if t == "single":
        return key["correct"]
    if t == "multiple":
        return key["correct"]
    if t == "true_false":
        return "true" if key["correct"] else "false"
    if t == "numeric":
        return key.get("answer") or key["min"]
    if t == "short_text":
        return key["accepted"][0].replace("*", "x")
    if t == "ordering":
        return key["order"]
    if t == "matching":
        return key["pairs"]
    return {"text": "My lesson plan"}
