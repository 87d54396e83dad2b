"""Level 1 (Knowledge Acquisition) of the demo curriculum is complete enough to pilot.

Every KA competency has a module of 3–4 lessons, each lesson tagged with framework objectives and carrying a
classroom activity and a quick check; every KA pool has at least 15 well-formed questions tagged to objectives of
its own competency; and the level exam draws only questions that grade themselves.
"""

import io
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command

from assessments.demo.pools import POOLS, RUBRICS
from assessments.models import Assessment, QuestionType
from cms.demo.content import MODULES
from cms.models import LessonPage, ModulePage

KA = [f"KA.{n}" for n in range(1, 7)]
DATA = json.loads((Path(__file__).resolve().parents[2] / "competency/data/ictcft-v3.json").read_text())
OBJECTIVES = {o["code"]: c["code"] for c in DATA["competencies"] for o in c["objectives"]}


def key_problem(item: dict) -> str:
    """Why an item's key cannot be right for its type ("" when it is fine)."""
    t = item["type"]
    if t in ("single", "multiple"):
        correct = [o for o in item["options"] if o[1]]
        if t == "single" and len(correct) != 1:
            return "a single-choice item needs exactly one correct option"
        if t == "multiple" and not (1 <= len(correct) < len(item["options"])):
            return "a multiple-response item needs correct and wrong options"
        if len({o[0] for o in item["options"]}) != len(item["options"]):
            return "two options say the same"
    elif t == "true_false" and not isinstance(item["answer"], bool):
        return "the answer is not a boolean"
    elif t == "numeric":
        Decimal(item["answer"]), Decimal(item["tolerance"])
    elif t == "short_text" and not all(a.strip() for a in item["accepted"]):
        return "an empty accepted answer"
    elif t == "ordering" and (len(item["items"]) < 3 or len(set(item["items"])) != len(item["items"])):
        return "an ordering needs 3+ distinct items"
    elif t == "matching":
        lefts, rights = zip(*item["pairs"], strict=True)
        if len(item["pairs"]) < 3 or len(set(lefts)) != len(lefts) or len(set(rights)) != len(rights):
            return "a matching needs 3+ pairs with distinct sides"
    elif t == "extended" and item["rubric"] not in RUBRICS:
        return "unknown rubric"
    return ""


@pytest.mark.parametrize("code", KA)
def test_each_ka_module_has_three_or_four_lessons_tagged_with_its_objectives(code):
    (module,) = [m for m in MODULES if m.competencies == [code]]
    assert 3 <= len(module.lessons) <= 4
    for lesson in module.lessons:
        assert lesson.objectives, lesson.slug
        assert {OBJECTIVES.get(o) for o in lesson.objectives} == {code}, lesson.slug
        kinds = Counter(block[0] for block in lesson.body)
        assert kinds["activity"] >= 1 and kinds["quick_check"] >= 1, lesson.slug
    served = {o for lesson in module.lessons for o in lesson.objectives}
    assert served == {o for o, c in OBJECTIVES.items() if c == code}, "every objective is taught somewhere"


@pytest.mark.parametrize("code", KA)
def test_each_ka_pool_has_15_well_formed_items_tagged_to_its_objectives(code):
    (pool,) = [p for p in POOLS if p.competency == code]
    assert len(pool.items) >= 15
    assert len({i["type"] for i in pool.items}) >= 6
    for n, item in enumerate(pool.items):
        assert OBJECTIVES.get(item.get("objective")) == code, f"{code} item {n}"
        assert key_problem(item) == "", f"{code} item {n}: {key_problem(item)}"
        assert item["feedback"], f"{code} item {n} explains nothing"
        assert 1 <= item["difficulty"] <= 3
    tested = {item["objective"] for item in pool.items}
    assert tested == {o for o, c in OBJECTIVES.items() if c == code}, "every objective is assessed"


def test_no_two_questions_in_any_pool_share_a_stem():
    stems = Counter(" ".join(item["text"].lower().split()) for pool in POOLS for item in pool.items)
    assert [s for s, n in stems.items() if n > 1] == []


def test_demo_loads_twice_with_every_ka_lesson_tagged_and_the_exam_self_graded(demo):
    call_command("load_demo", stdout=io.StringIO())
    modules = ModulePage.objects.filter(level__code="KA", locale__language_code="en")
    assert modules.count() == 6
    lessons = LessonPage.objects.descendant_of(modules.first().get_parent())
    ka_lessons = [lp for lp in lessons if lp.get_parent().specific.level.code == "KA"]
    assert len(ka_lessons) == sum(len(m.lessons) for m in MODULES if m.level == "KA")
    assert all(lp.objectives.exists() for lp in ka_lessons)
    for n in range(1, 7):
        module = Assessment.objects.get(slug=f"module-ka-{n}")
        assert module.items.count() >= 15
        assert all(item.question.objectives.exists() for item in module.items.select_related("question"))
    exam = Assessment.objects.get(slug="exam-ka")
    assert exam.draws.count() == 6
    assert all(draw.auto_graded_only for draw in exam.draws.all())
    assert not any(
        item["type"] == QuestionType.EXTENDED for pool in POOLS if pool.competency in KA for item in pool.items
    ), "Level 1 is certified without waiting for a trainer"
