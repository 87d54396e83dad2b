"""Who reviews what: calibration first, then N peers' work, never one's own; quiet reviewers are replaced."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Answer, AttemptStatus

from ..models import (
    AssignmentStatus,
    Calibration,
    PeerReview,
    PeerReviewSetting,
    QueueReason,
    Submission,
    SubmissionStatus,
)
from ..notify import notify
from ..scoring import ScoringError, calibration_weight, rubric_score
from .errors import PeerReviewError

ACTIVE = (AssignmentStatus.ASSIGNED, AssignmentStatus.DONE)


def submissions_collect(*, user=None) -> int:
    """Put submitted answers to peer-reviewed questions up for review (once each); `user`: only theirs.

    Assessments knows nothing of peer review: its submitted extended answers wait for review, and we pick up those
    whose question has peer review on. Run on page views and by the scheduled task, so none is missed.
    """
    settings = {s.question_id: s for s in PeerReviewSetting.objects.filter(enabled=True)}
    if not settings:
        return 0
    answers = Answer.objects.filter(
        needs_review=True, attempt__status=AttemptStatus.AWAITING_REVIEW, peer_submission__isnull=True
    ).select_related("attempt")
    if user is not None:
        answers = answers.filter(attempt__user=user)
    new = []
    for answer in answers:
        question = answer.attempt.questions[answer.position]
        setting = settings.get(question.get("id"))
        if setting is not None:
            when = answer.attempt.closed_at or timezone.now()
            new.append(Submission(answer=answer, setting=setting, author_id=answer.attempt.user_id, created_at=when))
    Submission.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


@transaction.atomic
def calibration_record(
    *, setting: PeerReviewSetting, reviewer, levels: dict[str, str], holistic: str | None = None
) -> Calibration:
    """Score the example the trainer scored; the distance between the two sets the reviewer's weight (once)."""
    existing = Calibration.objects.filter(setting=setting, reviewer=reviewer).first()
    if existing:
        return existing
    rubric = setting.question.rubric.snapshot() if setting.question.rubric_id else None
    try:
        criteria, score = rubric_score(rubric, levels, holistic)
    except ScoringError as exc:
        raise PeerReviewError(str(exc), code="rubric") from exc
    weight = calibration_weight(reviewer_score=score, trainer_score=setting.calibration_score)
    return Calibration.objects.create(setting=setting, reviewer=reviewer, criteria=criteria, score=score, weight=weight)


def _candidates(*, setting: PeerReviewSetting, reviewer):
    """Work the reviewer may take: not theirs, not reviewed (or dropped) by them before, still short of reviews."""
    return (
        Submission.objects.filter(setting=setting, status=SubmissionStatus.REVIEWING)
        .exclude(author=reviewer)
        .exclude(reviews__reviewer=reviewer)
        .annotate(active=Count("reviews", filter=Q(reviews__status__in=ACTIVE)))
        .filter(active__lt=setting.reviews_required)
        .order_by("active", "created_at", "id")
    )


@transaction.atomic
def review_assign_next(*, setting: PeerReviewSetting, reviewer) -> list[PeerReview]:
    """Give the reviewer peers' work until they hold N reviews (written or to write) for this item.

    Only a calibrated teacher who submitted their own answer reviews. Idempotent: called on each visit.
    """
    if not Submission.objects.filter(setting=setting, author=reviewer).exists():
        raise PeerReviewError(_("Submit your own answer before reviewing your peers."), code="no_submission")
    if not Calibration.objects.filter(setting=setting, reviewer=reviewer).exists():
        raise PeerReviewError(_("Score the calibration example first."), code="not_calibrated")
    held = PeerReview.objects.filter(submission__setting=setting, reviewer=reviewer, status__in=ACTIVE).count()
    now = timezone.now()
    for candidate in _candidates(setting=setting, reviewer=reviewer)[: max(0, setting.reviews_required - held)]:
        # Lock the piece of work and count again: two reviewers arriving at once must not over-fill it.
        locked = Submission.objects.select_for_update().get(pk=candidate.pk)
        if locked.reviews.filter(status__in=ACTIVE).count() >= setting.reviews_required:
            continue
        PeerReview.objects.create(submission=locked, author_id=locked.author_id, reviewer=reviewer, assigned_at=now)
    return list(
        PeerReview.objects.filter(submission__setting=setting, reviewer=reviewer).exclude(
            status=AssignmentStatus.EXPIRED
        )
    )


def _eligible_reviewer(*, submission: Submission):
    """A calibrated participant who is not the author and never held this work, the least busy first."""
    from django.contrib.auth import get_user_model

    taken = PeerReview.objects.filter(submission=submission).values("reviewer_id")
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            peer_calibrations__setting=submission.setting_id,
            peer_submissions__setting=submission.setting_id,
        )
        .exclude(pk=submission.author_id)
        .exclude(pk__in=taken)
        .annotate(busy=Count("peer_reviews_given", filter=Q(peer_reviews_given__status=AssignmentStatus.ASSIGNED)))
        .order_by("busy", "pk")
        .first()
    )


@transaction.atomic
def reviews_reassign_overdue(*, now=None) -> dict[str, int]:
    """The scheduled task: reviews not written in time expire, and work short of reviewers goes to someone else —
    or, when no peer is left to take it, to the trainer's queue. A reviewer who leaves blocks nobody."""
    now = now or timezone.now()
    counts = {"expired": 0, "reassigned": 0, "queued": 0}
    overdue = PeerReview.objects.filter(status=AssignmentStatus.ASSIGNED).select_related("submission__setting")
    for review in overdue:
        if review.assigned_at + timedelta(hours=review.submission.setting.reassign_after_hours) <= now:
            review.status = AssignmentStatus.EXPIRED
            review.save(update_fields=["status"])
            counts["expired"] += 1
    waiting = Submission.objects.select_for_update().filter(status=SubmissionStatus.REVIEWING).select_related("setting")
    for submission in waiting:
        if submission.created_at + timedelta(hours=submission.setting.reassign_after_hours) > now:
            continue  # still young: peers who submit later will pick it up
        active = submission.reviews.filter(status__in=ACTIVE).count()
        for _i in range(submission.setting.reviews_required - active):
            reviewer = _eligible_reviewer(submission=submission)
            if reviewer is None:
                break
            review = PeerReview.objects.create(
                submission=submission, author_id=submission.author_id, reviewer=reviewer, assigned_at=now
            )
            counts["reassigned"] += 1
            notify(
                recipient=reviewer,
                kind="peer_review.waiting",
                url=reverse("peerreview:review", kwargs={"review": review.pk}),
                params={"title": submission.setting.question.title},
                dedupe_key=f"peer_review.waiting:{review.pk}",
            )
        if not submission.reviews.filter(status=AssignmentStatus.ASSIGNED).exists():
            done = submission.reviews.filter(status=AssignmentStatus.DONE).count()
            if done < submission.setting.reviews_required:
                submission.status, submission.queue_reason = SubmissionStatus.QUEUED, QueueReason.NO_REVIEWERS
                submission.save(update_fields=["status", "queue_reason"])
                counts["queued"] += 1
    return counts
