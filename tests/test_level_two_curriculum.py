"""Level 2 (Knowledge Deepening) is complete enough to pilot: a module and a closing assessment per competency,
lessons and questions tied to the framework's objectives, and a teacher who has Level 1 can earn Level 2 with
the certification exam and receive a certificate.
"""

import io

from django.core.management import call_command

from accounts.demo import DEMO_ACCOUNTS, demo_users_ensure
from accounts.models import User
from assessments import services
from assessments.demo import demo_assessments_ensure
from assessments.models import Answer, Assessment, AttemptStatus, Question
from certificates.models import Certificate
from cms.models import LessonPage, ModuleAssessment, ModulePage
from competency.models import Competency, LevelAttainment

from .assessments.conftest import correct_response

KD = [f"KD.{n}" for n in range(1, 7)]


def _take_with_right_answers(user, slug: str):
    attempt = services.attempt_start(user=user, assessment=Assessment.objects.get(slug=slug))
    for position, question in enumerate(attempt.questions):
        services.attempt_answer_save(
            attempt=attempt, user=user, position=position, response=correct_response(question), seq=1
        )
    return services.attempt_submit(attempt=attempt, user=user)


def _grade_extended_answers_at_the_top_level(attempt, trainer):
    """A trainer grades any extended answer with the best level of every criterion (what a right answer earns)."""
    for answer in Answer.objects.filter(attempt=attempt, needs_review=True):
        rubric = attempt.questions[answer.position]["rubric"]
        best = max(rubric["levels"], key=lambda level: float(level["points"]))
        services.review_record(
            answer=answer, reviewer=trainer, levels={str(c["id"]): str(best["id"]) for c in rubric["criteria"]}
        )
    attempt.refresh_from_db()
    return attempt


def test_demo_has_a_tagged_module_and_a_full_pool_for_every_kd_competency(demo):

    originals = ModulePage.objects.filter(locale__language_code="en")  # their fr, es and ar translations aside
    modules = {code: list(originals.filter(competencies__code=code)) for code in KD}
    assert all(len(found) == 1 for found in modules.values()), modules
    for code, (module,) in modules.items():
        lessons = LessonPage.objects.child_of(module).live()
        assert 3 <= lessons.count() <= 4, module.title
        for lesson in lessons:
            served = list(lesson.objectives.values_list("code", flat=True))
            assert served and all(c.startswith(f"{code}.") for c in served), (lesson.title, served)
        # The module's closing assessment is linked from the module page.
        assert ModuleAssessment.objects.filter(page=module, assessment__slug=f"module-kd-{code[-1]}").exists()

        pool = Question.objects.filter(alignments__competency__code=code).prefetch_related("objectives")
        assert pool.count() >= 15, code
        assert all(q.objectives.exists() for q in pool), code
        assert all(o.competency.code == code for q in pool for o in q.objectives.all()), code
        assert len({q.type for q in pool}) >= 6, code
        closing = Assessment.objects.get(slug=f"module-kd-{code[-1]}")
        assert closing.items.count() == pool.count()

    # Every objective of Level 2 is served by at least one lesson.
    v3 = Competency.objects.filter(framework__slug="ictcft-v3", code__in=KD)
    kd_objectives = {o.code for c in v3 for o in c.objectives.all()}
    served = set(LessonPage.objects.values_list("objectives__code", flat=True))
    assert kd_objectives and served >= kd_objectives

    exam = Assessment.objects.get(slug="exam-kd")
    assert sorted(exam.draws.values_list("competency__code", flat=True)) == KD


def test_teacher_with_level_one_who_answers_exam_kd_correctly_attains_level_two_and_a_certificate(
    db, django_capture_on_commit_callbacks
):
    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    demo_users_ensure()
    demo_assessments_ensure()
    teacher = User.objects.get(username=DEMO_ACCOUNTS[0].username)
    trainer = User.objects.get(username=DEMO_ACCOUNTS[1].username)

    with django_capture_on_commit_callbacks(execute=True):
        level_one = _take_with_right_answers(teacher, "exam-ka")
    assert level_one.passed
    assert list(LevelAttainment.objects.filter(user=teacher).values_list("level__code", flat=True)) == ["KA"]

    with django_capture_on_commit_callbacks(execute=True):
        attempt = _take_with_right_answers(teacher, "exam-kd")
        if attempt.status == AttemptStatus.AWAITING_REVIEW:
            attempt = _grade_extended_answers_at_the_top_level(attempt, trainer)

    drawn = sorted({code for q in attempt.questions for code in q["competencies"]})
    assert drawn == KD and len(attempt.questions) == 12
    assert attempt.status == AttemptStatus.GRADED and attempt.passed
    assert sorted(attempt.results) == KD
    attainment = LevelAttainment.objects.get(user=teacher, level__code="KD")
    assert sorted(attainment.competencies) == KD
    certificate = Certificate.objects.get(user=teacher, level__code="KD")
    assert certificate.attainment == attainment and not certificate.manual
    assert Certificate.objects.filter(user=teacher).count() == 2
