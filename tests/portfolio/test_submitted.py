"""An artefact submitted with an extended-response answer: its graders open it from the review page (ADR 0203)."""

from decimal import Decimal

import pytest
from django.urls import reverse

from portfolio.models import Artefact, Visibility
from portfolio.services import artefact_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def answer(people):
    from assessments.models import Assessment, AssessmentItem, Question, QuestionCompetency
    from assessments.services import attempt_answer_save, attempt_start

    question = Question.objects.create(type="extended", title="Plan", text="Describe a lesson.", points=Decimal(1))
    QuestionCompetency.objects.create(question=question, competency=people.framework.competencies.get(code="KA.1"))
    assessment = Assessment.objects.create(slug="plan", title="Lesson plan task", level=people.ka)
    AssessmentItem.objects.create(assessment=assessment, question=question, sort_order=0)
    attempt = attempt_start(user=people.owner, assessment=assessment)
    attempt_answer_save(attempt=attempt, user=people.owner, position=0, response={"text": "See my portfolio."}, seq=1)
    return attempt.answers.get(position=0)


def test_the_owner_submits_an_artefact_and_the_trainer_opens_it_while_grading(client, people, answer, make_user):
    artefact = artefact_create(owner=people.owner, title="Tablet lesson", kind="reflection", text="Pairs on tablets.")
    client.force_login(people.owner)
    page = client.get(artefact.get_absolute_url()).content.decode()
    assert "Lesson plan task, question 1" in page  # offered as an answer to submit with
    response = client.post(reverse("portfolio:submit", kwargs={"artefact": artefact.uuid}), {"answer": answer.pk})
    assert response.status_code == 302
    artefact.refresh_from_db()
    assert (artefact.visibility, artefact.answer_id) == (Visibility.SUBMITTED, answer.pk)

    review = reverse("assessments:review_answer", kwargs={"answer": answer.pk})
    client.force_login(people.trainer)
    assert "Portfolio evidence: Tablet lesson" in client.get(review).content.decode()
    assert client.get(artefact.get_absolute_url()).status_code == 200
    # A trainer of another cohort grades from the shared queue but does not open this teacher's evidence.
    other = make_user("trainer2", roles=("Teacher", "Trainer"))
    client.force_login(other)
    assert "Tablet lesson" not in client.get(review).content.decode()
    assert client.get(artefact.get_absolute_url()).status_code == 404
    # A content reviewer approves lessons and grades nothing: no more than a classmate (ADR 0147 as amended).
    for user, status in [(people.reviewer, 404), (people.classmate, 404), (people.stranger, 404)]:
        client.force_login(user)
        assert client.get(artefact.get_absolute_url()).status_code == status


def test_nobody_submits_with_someone_elses_answer(client, people, answer):
    artefact = artefact_create(owner=people.classmate, title="Mine", kind="reflection", text="x")
    client.force_login(people.classmate)
    response = client.post(reverse("portfolio:submit", kwargs={"artefact": artefact.uuid}), {"answer": answer.pk})
    assert response.status_code == 404
    assert Artefact.objects.get(pk=artefact.pk).visibility == Visibility.PRIVATE
