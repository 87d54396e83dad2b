"""Reviews written, the grade they make (weighted median, ADR 0195), the trainer's queue and override."""

from decimal import Decimal

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Review
from assessments.services import AssessmentError, review_record
from audit.services import audit_record

from ..models import AssignmentStatus, Calibration, PeerReview, QueueReason, Submission, SubmissionStatus
from ..notify import notify
from ..scoring import Scored, ScoringError, disagree, rubric_score, spread, weighted_median
from .errors import PeerReviewError


def _rubric(submission: Submission) -> dict | None:
    answer = submission.answer
    return answer.attempt.questions[answer.position].get("rubric")


@transaction.atomic
def review_submit(
    *, review: PeerReview, reviewer, levels: dict[str, str], feedback: str, holistic: str | None = None, client_key=None
) -> tuple[PeerReview, bool]:
    """Write one assigned review; (the review, whether it was new). A key sent again returns the first result."""
    if client_key is not None:
        seen = PeerReview.objects.filter(client_key=client_key).first()
        if seen is not None:
            if seen.reviewer_id != reviewer.pk:
                raise PeerReviewError(_("This review belongs to someone else."), code="not_yours")
            return seen, False
    review = PeerReview.objects.select_for_update().select_related("submission__answer__attempt").get(pk=review.pk)
    if review.reviewer_id != reviewer.pk:
        raise PeerReviewError(_("This review belongs to someone else."), code="not_yours")
    if review.status == AssignmentStatus.DONE:
        raise PeerReviewError(_("You have already written this review."), code="done")
    if review.status == AssignmentStatus.EXPIRED:
        raise PeerReviewError(_("The time for this review ran out and it went to another peer."), code="expired")
    if not feedback.strip():
        raise PeerReviewError(_("Write some feedback for your peer."), code="feedback")
    try:
        criteria, score = rubric_score(_rubric(review.submission), levels, holistic)
    except ScoringError as exc:
        raise PeerReviewError(str(exc), code="rubric") from exc
    calibration = Calibration.objects.get(setting_id=review.submission.setting_id, reviewer=reviewer)
    review.criteria, review.score, review.weight = criteria, score, calibration.weight
    review.feedback, review.client_key = feedback.strip(), client_key
    review.status, review.completed_at = AssignmentStatus.DONE, timezone.now()
    review.save()
    notify(
        recipient=review.submission.author,
        kind="peer_review.received",
        url=reverse("peerreview:item", kwargs={"setting": review.submission.setting_id}),
        params={"title": review.submission.setting.question.title},
        dedupe_key=f"peer_review.received:{review.pk}",
    )
    submission_settle(submission=review.submission)
    return review, True


def _judgement(reviews: list[PeerReview], median: Scored | None, threshold: Decimal) -> dict:
    """What the evidence keeps of the peers' judgement. Each judge is named by their review's id, not their account:
    the evidence reaches the author (their data export, their competency page), and reviews are anonymous (ADR
    0196); a trainer or an auditor finds who wrote a review from the review itself."""
    items = [Scored(r.pk, r.score, r.weight) for r in reviews]
    return {
        "method": "peer_weighted_median",
        "reviews": [{"review": r.pk, "score": str(r.score), "weight": str(r.weight)} for r in reviews],
        "spread": str(spread(items)),
        "threshold": str(threshold),
        "median_review": median.key if median else None,
    }


@transaction.atomic
def submission_settle(*, submission: Submission) -> Submission:
    """With N reviews written: the weighted median becomes the grade, or a trainer decides when peers disagree."""
    submission = Submission.objects.select_for_update().select_related("setting", "answer").get(pk=submission.pk)
    if submission.status != SubmissionStatus.REVIEWING:
        return submission
    if not submission.answer.needs_review and Review.objects.filter(answer=submission.answer).exists():
        # A trainer graded it in assessments' own queue meanwhile: theirs is the grade (an override).
        submission.status, submission.decided_at = SubmissionStatus.GRADED, timezone.now()
        submission.final_score = submission.answer.score
        submission.save(update_fields=["status", "decided_at", "final_score"])
        return submission
    reviews = list(submission.reviews.filter(status=AssignmentStatus.DONE).order_by("id"))
    if len(reviews) < submission.setting.reviews_required:
        return submission
    items = [Scored(r.pk, r.score, r.weight) for r in reviews]
    threshold = submission.setting.disagreement_threshold
    disagreeing = disagree(items, threshold)
    if disagreeing or any(r.reviewer_id is None for r in reviews):
        # A review whose author was erased can no longer be weighed against its reviewer's calibration: a trainer
        # decides, told why (not "peers disagree" when they do not).
        reason = QueueReason.DISAGREEMENT if disagreeing else QueueReason.REVIEWER_ERASED
        submission.status, submission.queue_reason = SubmissionStatus.QUEUED, reason
        submission.judgement = _judgement(reviews, None, threshold)
        submission.save(update_fields=["status", "queue_reason", "judgement"])
        return submission
    median = weighted_median(items)
    chosen = next(r for r in reviews if r.pk == median.key)
    # The judgement is stored first: the grade below hands evidence over, and the evidence copies it.
    submission.judgement = {**_judgement(reviews, median, threshold), "decided_by": "peers"}
    submission.status, submission.final_score, submission.decided_at = (
        SubmissionStatus.GRADED,
        median.score,
        timezone.now(),
    )
    submission.save(update_fields=["judgement", "status", "final_score", "decided_at"])
    review_record(
        answer=submission.answer,
        reviewer=chosen.reviewer,
        levels=chosen.criteria,
        feedback=chosen.feedback,
        holistic_score=None if chosen.criteria else str(chosen.score * 100),
    )
    notify(
        recipient=submission.author,
        kind="peer_review.graded",
        url=reverse("peerreview:item", kwargs={"setting": submission.setting_id}),
        params={"title": submission.setting.question.title},
        dedupe_key=f"peer_review.graded:{submission.pk}",
    )
    return submission


@transaction.atomic
def trainer_decide(
    *, submission: Submission, trainer, levels: dict[str, str], feedback: str = "", holistic: str | None = None
) -> Submission:
    """A trainer grades from the queue or overrides the peers' grade: theirs always wins, and it is audited."""
    submission = Submission.objects.select_for_update().select_related("answer__attempt").get(pk=submission.pk)
    if submission.author_id == trainer.pk:
        raise PeerReviewError(_("You cannot grade your own answer."), code="own")
    try:
        _criteria, score = rubric_score(_rubric(submission), levels, holistic)
    except ScoringError as exc:
        raise PeerReviewError(str(exc), code="rubric") from exc
    before = {
        "status": submission.status,
        "score": None if submission.final_score is None else str(submission.final_score),
    }
    peers = {k: v for k, v in submission.judgement.items() if k != "decided_by" and k != "trainer"}
    submission.judgement = {**peers, "decided_by": "trainer", "trainer": trainer.pk, "trainer_score": str(score)}
    submission.status, submission.final_score, submission.decided_at = SubmissionStatus.GRADED, score, timezone.now()
    submission.decided_by, submission.queue_reason = trainer, ""
    submission.save()
    try:
        review_record(
            answer=submission.answer,
            reviewer=trainer,
            levels=levels,
            feedback=feedback,
            holistic_score=holistic,
            supersede=True,
        )
    except AssessmentError as exc:
        raise PeerReviewError(exc.message, code=exc.code) from exc
    audit_record(
        actor=trainer,
        action="peer_review.trainer_decided",
        target=submission.answer,
        label=f"{submission.author.get_username()} · {submission.setting.question.title}",
        data={"before": before, "score": str(score), "peer_spread": peers.get("spread")},
    )
    notify(
        recipient=submission.author,
        kind="peer_review.graded",
        url=reverse("peerreview:item", kwargs={"setting": submission.setting_id}),
        params={"title": submission.setting.question.title},
        dedupe_key=f"peer_review.graded:{submission.pk}:{submission.decided_at.timestamp()}",
    )
    return submission


@transaction.atomic
def self_assess(
    *, submission: Submission, author, levels: dict[str, str], feedback: str = "", holistic: str | None = None
) -> Submission:
    """The author scores their own work with the rubric: a reflection beside the grade, never part of it."""
    if submission.author_id != author.pk:
        raise PeerReviewError(_("You can only assess your own work."), code="not_yours")
    try:
        criteria, score = rubric_score(_rubric(submission), levels, holistic)
    except ScoringError as exc:
        raise PeerReviewError(str(exc), code="rubric") from exc
    submission.self_criteria, submission.self_score, submission.self_feedback = criteria, score, feedback.strip()
    submission.save(update_fields=["self_criteria", "self_score", "self_feedback"])
    return submission
