"""The grading chain: question scores → weighted competency scores → pass per competency →
mastery (competency services, with evidence) → level attainment (competency services).

Queries are constant in the number of questions: the questions are in the attempt's snapshot, the answers
are read in one query and written in one bulk update.
"""

from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from assessments.grading import competency_results, grade_response, graded_by_trainer
from assessments.judgements import answers_judgement
from assessments.models import Answer, Attempt, AttemptStatus
from assessments.question_types import question_kind
from assessments.signals import attempt_graded
from competency.models import Competency
from competency.services import EvidenceInput, evidence_record_many

SOURCE_TYPE = "assessment_attempt"
_PCT = Decimal("0.01")


def grade_one(question: dict, response) -> Decimal | None:
    return grade_response(question, response)


def _is_blank(question: dict, answer: Answer | None) -> bool:
    """Nothing to grade: no answer, or one its type finds blank and with no file."""
    if answer is None:
        return True
    return question_kind(question["type"]).response_blank(answer.response) and not answer.file


@transaction.atomic
def attempt_grade(*, attempt: Attempt) -> Attempt:
    """(Re-)grade a closed attempt from its snapshot and saved answers. Deterministic and idempotent."""
    questions = attempt.questions
    answers = {a.position: a for a in Answer.objects.filter(attempt=attempt)}
    missing, changed = [], []
    scores: dict[int, Decimal] = {}
    competency_scores: dict[int, dict] = {}
    pending = False
    for position, q in enumerate(questions):
        answer = answers.get(position)
        if answer is None:
            answer = Answer(attempt=attempt, position=position, seq=0)
            missing.append(answer)
        before = (answer.score, answer.needs_review)
        if graded_by_trainer(q):
            if _is_blank(q, answer):
                score, answer.needs_review = Decimal(0), False
            elif answer.score is not None and not answer.needs_review:
                score = answer.score  # set from trainers' reviews
                competency_scores[position] = {k: Decimal(v) for k, v in answer.competency_scores.items()}
            else:
                score, answer.needs_review, pending = None, True, True
        else:
            score = grade_response(q, answer.response)
        answer.score = score
        if answer.pk and (answer.score, answer.needs_review) != before:
            changed.append(answer)
        if score is not None:
            scores[position] = score
    if missing:
        Answer.objects.bulk_create(missing)
    if changed:
        Answer.objects.bulk_update(changed, ["score", "needs_review"])
    if pending:
        attempt.status = AttemptStatus.AWAITING_REVIEW
        attempt.save(update_fields=["status", "closed_at", "close_reason"])
        return attempt
    results = competency_results(questions, scores, competency_scores, attempt.rules)
    earned = sum((Decimal(q["points"]) * scores.get(i, Decimal(0)) for i, q in enumerate(questions)), Decimal(0))
    possible = sum((Decimal(q["points"]) for q in questions), Decimal(0))
    attempt.score = (earned * 100 / possible).quantize(_PCT) if possible else Decimal("0.00")
    attempt.passed = bool(results) and all(r.passed for r in results.values())
    attempt.results = {
        code: {"score": str(r.score), "pass_mark": str(r.pass_mark), "passed": r.passed, "questions": r.questions}
        for code, r in results.items()
    }
    attempt.status = AttemptStatus.GRADED
    attempt.graded_at = timezone.now()
    attempt.save(update_fields=["status", "closed_at", "close_reason", "score", "passed", "results", "graded_at"])
    _hand_over_evidence(attempt=attempt, results=results, scores=scores, answers=answers)
    # robust: a listener that fails (an LMS down) is logged and never turns a committed grade into an error page.
    transaction.on_commit(lambda: attempt_graded.send(sender=Attempt, attempt=attempt), robust=True)
    return attempt


def _hand_over_evidence(*, attempt: Attempt, results: dict, scores: dict, answers: dict) -> None:
    framework_id = attempt.assessment.level.framework_id
    competencies = {
        c.code: c
        for c in Competency.objects.select_related("level", "framework").filter(
            framework_id=framework_id, code__in=list(results)
        )
    }
    reviewed = [a for p, a in answers.items() if graded_by_trainer(attempt.questions[p]) and a.competency_scores]
    judged = answers_judgement(answers=reviewed)
    items = []
    for code, r in results.items():
        competency = competencies.get(code)
        if competency is None:
            continue  # aligned to a competency of another framework: no evidence here
        detail = {
            "attempt": str(attempt.uuid),
            "attempt_number": attempt.number,
            "assessment": attempt.rules.get("assessment"),
            "pass_mark": str(r.pass_mark),
            "questions": [
                {
                    "position": p,
                    "question": attempt.questions[p]["id"],
                    "title": attempt.questions[p]["title"],
                    "score": str(scores.get(p, Decimal(0))),
                }
                for p in r.questions
            ],
            "rubric": [
                {
                    "position": p,
                    "answer": answers[p].pk,
                    "scores": answers[p].competency_scores,
                    **judged.get(answers[p].pk, {}),
                }
                for p in r.questions
                if p in answers and graded_by_trainer(attempt.questions[p]) and answers[p].competency_scores
            ],
        }
        items.append(EvidenceInput(competency=competency, score=r.score, passed=r.passed, detail=detail))
    if items:
        evidence_record_many(
            user=attempt.user,
            source_type=SOURCE_TYPE,
            source_id=str(attempt.pk),
            items=items,
            observed_at=attempt.closed_at,
        )
