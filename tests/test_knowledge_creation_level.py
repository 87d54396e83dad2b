"""Level 3 (Knowledge Creation) of the demo curriculum is complete and leads to a certificate.

Six KC modules with tagged lessons, six KC pools of at least 15 tagged items, and a teacher who holds Levels 1 and
2 and answers the Level 3 exam correctly attains Level 3 and receives its certificate.
"""

from decimal import Decimal

import pytest

from assessments import services
from assessments.demo import demo_assessments_ensure
from assessments.demo.pools import POOLS
from assessments.models import Answer, Assessment, AssessmentKind
from certificates.models import Certificate
from cms.models import LessonPage, ModulePage
from competency.models import Competency, LevelAttainment, Objective
from competency.services import EvidenceInput, evidence_record_many

from .assessments.conftest import correct_response

KC_CODES = [f"KC.{n}" for n in range(1, 7)]


def test_demo_has_six_kc_modules_whose_lessons_serve_kc_objectives(demo):
    modules = ModulePage.objects.live().filter(level__code="KC", locale__language_code="en")  # translations aside
    by_competency = {
        code: [m for m in modules if code in m.competencies.values_list("code", flat=True)] for code in KC_CODES
    }
    assert all(len(found) == 1 for found in by_competency.values()), by_competency
    for code, (module,) in by_competency.items():
        lessons = LessonPage.objects.child_of(module).live()
        assert 3 <= lessons.count() <= 4, module.title
        for lesson in lessons:
            objectives = list(lesson.objectives.values_list("code", flat=True))
            assert objectives and all(o.startswith(code + ".") for o in objectives), (lesson.title, objectives)


def test_each_kc_pool_has_at_least_15_items_tagged_to_its_own_objectives(framework_v3):
    demo_assessments_ensure()
    pools = {p.competency: p for p in POOLS}
    for code in KC_CODES:
        pool = pools[code]
        assert len(pool.items) >= 15, code
        module_assessment = Assessment.objects.get(slug=pool.module_assessment)
        questions = [item.question for item in module_assessment.items.select_related("question")]
        assert len(questions) == len(pool.items)
        for question in questions:
            tags = list(question.objectives.values_list("code", flat=True))
            assert len(tags) == 1 and tags[0].startswith(code + "."), (question.title, tags)
    # Every KC objective in the framework data is assessed by at least one item.
    tagged = {item["objective"] for code in KC_CODES for item in pools[code].items}
    framework_kc = set(Objective.objects.filter(competency__code__in=KC_CODES).values_list("code", flat=True))
    assert framework_kc and framework_kc <= tagged, framework_kc - tagged


def _hold_levels_1_and_2(user) -> None:
    """Levels 1 and 2 as earlier exams would have left them: every KA and KD competency mastered."""
    for level in ("KA", "KD"):
        evidence_record_many(
            user=user,
            source_type="test-earlier-exam",
            source_id=f"exam-{level.lower()}",
            items=[
                EvidenceInput(competency=c, score=Decimal("100"), passed=True)
                for c in Competency.objects.filter(level__code=level)
            ],
        )
    assert set(LevelAttainment.objects.filter(user=user).values_list("level__code", flat=True)) == {"KA", "KD"}


@pytest.mark.django_db
def test_teacher_answering_exam_kc_correctly_attains_level_3_and_gets_its_certificate(
    framework_v3, teacher, trainer, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    demo_assessments_ensure()
    exam = Assessment.objects.get(slug="exam-kc")
    assert exam.kind == AssessmentKind.LEVEL_EXAM
    assert sorted(d.competency.code for d in exam.draws.all()) == KC_CODES

    _hold_levels_1_and_2(teacher)
    attempt = services.attempt_start(user=teacher, assessment=exam)
    drawn = sorted(code for q in attempt.questions for code in q["competencies"])
    assert drawn == sorted(KC_CODES * 2), "two questions for each KC competency"
    for position, question in enumerate(attempt.questions):
        services.attempt_answer_save(
            attempt=attempt, user=teacher, position=position, response=correct_response(question), seq=1
        )
    with django_capture_on_commit_callbacks(execute=True):
        attempt = services.attempt_submit(attempt=attempt, user=teacher)
        # An extended response, if the draw picked one, is graded by the trainer at the top level of each criterion.
        for answer in Answer.objects.filter(attempt=attempt).order_by("position"):
            question = attempt.questions[answer.position]
            if question["type"] == "extended":
                best = max(question["rubric"]["levels"], key=lambda level: Decimal(level["points"]))
                top = {str(c["id"]): str(best["id"]) for c in question["rubric"]["criteria"]}
                services.review_record(answer=answer, reviewer=trainer, levels=top)

    attained = LevelAttainment.objects.get(user=teacher, level__code="KC")
    assert sorted(attained.competencies) == KC_CODES
    certificate = Certificate.objects.get(user=teacher, level__code="KC", is_current=True)
    assert certificate.attainment_id == attained.pk
