"""Trainers grade extended responses with the frozen rubric. Every grade is a new row: the audit trail."""

from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from assessments.grading import graded_by_trainer
from assessments.models import Answer, AttemptStatus, Review
from assessments.models.reviews import ReviewRole
from audit.services import audit_record

from .errors import AssessmentError
from .grading import attempt_grade

_PLACES = Decimal("0.000001")


def _rubric_scores(rubric: dict, chosen: dict[str, str]) -> tuple[dict, Decimal, dict]:
    levels = {str(lv["id"]): Decimal(lv["points"]) for lv in rubric["levels"]}
    top = max(levels.values()) if levels else Decimal(0)
    criteria, per_competency = {}, {}
    for c in rubric["criteria"]:
        level_id = str(chosen.get(str(c["id"]), ""))
        if level_id not in levels:
            raise AssessmentError(
                _("Choose a performance level for “%(criterion)s”.") % {"criterion": c["title"]}, code="rubric"
            )
        criteria[str(c["id"])] = {"level": level_id, "points": str(levels[level_id]), "competency": c["competency"]}
        earned, possible = per_competency.get(c["competency"], (Decimal(0), Decimal(0)))
        per_competency[c["competency"]] = (earned + levels[level_id], possible + top)
    total_earned = sum((e for e, _p in per_competency.values()), Decimal(0))
    total_possible = sum((p for _e, p in per_competency.values()), Decimal(0))
    score = (total_earned / total_possible).quantize(_PLACES) if total_possible else Decimal(0)
    comp = {code: str((e / p).quantize(_PLACES)) if p else "0" for code, (e, p) in per_competency.items()}
    return criteria, score, comp


def _holistic(points: str | None) -> tuple[dict, Decimal, dict]:
    try:
        value = Decimal(points or "")
    except ArithmeticError:
        value = Decimal(-1)
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):  # NaN cannot even be compared
        raise AssessmentError(_("Give a score between 0 and 100."), code="rubric")
    return {}, (value / 100).quantize(_PLACES), {}


@transaction.atomic
def review_record(
    *,
    answer: Answer,
    reviewer,
    levels: dict[str, str],
    feedback: str = "",
    holistic_score: str | None = None,
    supersede: bool = False,
) -> Review:
    """Grade (or re-grade) one extended response, then re-grade the attempt when nothing else waits.

    The first reviewer's grade counts; a second reviewer's grade, when given, is averaged with it.
    A reviewer grading again replaces their own previous grade, which stays on record.
    `supersede`: the grade replaces every current grade (a trainer overriding a peer grade, ADR 0195).
    """
    answer = Answer.objects.select_for_update().select_related("attempt__assessment", "attempt__user").get(pk=answer.pk)
    attempt = answer.attempt
    question = attempt.questions[answer.position]
    if not graded_by_trainer(question):
        raise AssessmentError(_("Only extended responses are graded by a trainer."), code="type")
    if attempt.status == AttemptStatus.IN_PROGRESS:
        raise AssessmentError(_("The attempt has not been submitted yet."), code="in_progress")
    if attempt.user_id == reviewer.pk:
        raise AssessmentError(_("You cannot grade your own answer."), code="own")
    if question.get("rubric"):
        criteria, score, comp = _rubric_scores(question["rubric"], levels)
    else:
        criteria, score, comp = _holistic(holistic_score)
    current = _current_reviews(answer)
    own = next((r for r in current.values() if r.reviewer_id == reviewer.pk), None)
    if supersede:
        # The overriding grade takes each current role (replacing it), so it alone counts; the rest stays on record.
        for other in [r for r in current.values() if r.role != ReviewRole.FIRST]:
            current[other.role] = Review.objects.create(
                answer=answer,
                reviewer=reviewer,
                role=other.role,
                criteria=criteria,
                score=score,
                competency_scores=comp,
                feedback=feedback,
                replaces=other,
            )
        role = ReviewRole.FIRST
    elif own:
        role = own.role
    elif ReviewRole.FIRST not in current:
        role = ReviewRole.FIRST
    elif ReviewRole.SECOND not in current:
        role = ReviewRole.SECOND
    else:
        raise AssessmentError(_("Two reviewers have already graded this answer."), code="reviewed")
    review = Review.objects.create(
        answer=answer,
        reviewer=reviewer,
        role=role,
        criteria=criteria,
        score=score,
        competency_scores=comp,
        feedback=feedback,
        replaces=current.get(role),
    )
    previous = current.get(role)
    current[role] = review
    before = answer.score
    answer.score, answer.competency_scores = _combined(list(current.values()))
    # A grade given by a person is a fact the teacher may contest: who, when, from what to what (issue 21).
    audit_record(
        actor=reviewer,
        action="assessment.answer.regraded" if previous else "assessment.answer.graded",
        target=answer,
        label=f"{attempt.user.get_username()} · {attempt.assessment.slug} · {answer.position + 1}",
        data={
            "attempt": attempt.pk,
            "question": answer.position + 1,
            "review_role": role,
            "review_score": str(score),
            "answer_score_before": None if before is None else str(before),
            "answer_score_after": str(answer.score),
        },
    )
    answer.needs_review = False
    answer.save(update_fields=["score", "competency_scores", "needs_review"])
    if not Answer.objects.filter(attempt=attempt, needs_review=True).exists():
        attempt_grade(attempt=attempt)
    return review


def _current_reviews(answer: Answer) -> dict[str, Review]:
    """role -> the latest review in that role (one not replaced by another)."""
    current = {}
    for r in Review.objects.filter(answer=answer, replaced_by__isnull=True).order_by("created_at", "id"):
        current[r.role] = r
    return current


def _combined(reviews: list[Review]) -> tuple[Decimal, dict]:
    score = (sum((r.score for r in reviews), Decimal(0)) / len(reviews)).quantize(_PLACES)
    codes = {code for r in reviews for code in r.competency_scores}
    comp = {
        code: str(
            (
                sum((Decimal(r.competency_scores.get(code, r.score)) for r in reviews), Decimal(0)) / len(reviews)
            ).quantize(_PLACES)
        )
        for code in codes
    }
    return score, comp
