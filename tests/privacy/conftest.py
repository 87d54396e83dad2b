"""A teacher with something of everything: attempts with an uploaded essay, evidence, a level, a certificate,
a cohort, an audit event."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone


@pytest.fixture
def rich_teacher(framework_v3, make_user):
    from assessments.models import Answer, Assessment, AssessmentItem, Attempt, Question, QuestionCompetency
    from certificates.services import certificate_issue
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create
    from tests.certificates.conftest import attain

    teacher = make_user(
        "amina", legal_name="Amina Njoroge", school="Riverside Primary", region="Nairobi", country="Kenya"
    )
    trainer = make_user("trainer9", roles=("Teacher", "Trainer"))
    level = framework_v3.levels.get(code="KA")
    question = Question.objects.create(type="extended", title="Plan", text="Write a plan.", points=Decimal("1"))
    QuestionCompetency.objects.create(question=question, competency=framework_v3.competencies.get(code="KA.1"))
    assessment = Assessment.objects.create(slug="plan", title="Plan", level=level)
    AssessmentItem.objects.create(assessment=assessment, question=question, sort_order=0)
    attempt = Attempt.objects.create(
        assessment=assessment,
        user=teacher,
        number=1,
        status="submitted",
        seed=1,
        snapshot={"questions": [{"type": "extended", "text": "Write a plan.", "allow_file": True, "rubric": None}]},
        started_at=timezone.now() - timedelta(minutes=30),
        closed_at=timezone.now() - timedelta(minutes=1),
    )
    Answer.objects.create(
        attempt=attempt,
        position=0,
        response={"text": "My lesson plan"},
        needs_review=True,
        file=ContentFile(b"essay bytes", name="essay.txt"),
    )
    attain(teacher, level)
    certificate = certificate_issue(user=teacher, level=level)
    cohort = cohort_create(name="Riverside", trainer=trainer)
    CohortMembership.objects.create(cohort=cohort, user=teacher)
    teacher.certificate = certificate
    teacher.attempt = attempt
    return teacher
