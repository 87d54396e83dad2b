"""Written feedback reported by the teacher who received it: hidden from them at once, then a trainer of their
cohort restores it or keeps it hidden (issue 18; discussion's pattern, ADR 0191 and 0196's addendum)."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from audit.services import audit_record

from ..models import AssignmentStatus, FeedbackReport, PeerReview

NOTE_MAX_CHARS = 500


def can_moderate_feedback(*, user, review: PeerReview) -> bool:
    """A trainer of a cohort the review's author (the teacher who received it) belongs to, or an administrator."""
    from cohorts.permissions import cohorts_visible, is_administrator

    if not user.is_authenticated or not user.is_active:
        return False
    return is_administrator(user) or cohorts_visible(user=user).filter(memberships__user_id=review.author_id).exists()


def feedback_report(*, user, review: PeerReview, note: str = "") -> FeedbackReport | None:
    """The teacher whose work was reviewed reports the review's words: hidden from them at once. Once per person
    and review (a second report changes nothing). The review's score is untouched."""
    if review.author_id != user.pk or review.status != AssignmentStatus.DONE or not review.feedback:
        raise PermissionDenied
    note = " ".join((note or "").split())[:NOTE_MAX_CHARS]
    try:
        with transaction.atomic():
            report = FeedbackReport.objects.create(review=review, reporter=user, note=note)
            locked = PeerReview.objects.select_for_update().get(pk=review.pk)
            if locked.feedback_hidden_at is None:
                locked.feedback_hidden_at = timezone.now()
                locked.save(update_fields=["feedback_hidden_at"])
            audit_record(actor=user, action="peerreview.feedback.reported", target=locked, reason=note)
    except IntegrityError:
        return None
    review.feedback_hidden_at = locked.feedback_hidden_at
    _trainers_told(review)
    return report


def _trainers_told(review: PeerReview) -> None:
    """The trainers of the teacher's cohorts hear of it, as a cohort's trainers of a reported post (no actor)."""
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from ..notify import notify

    trainers = get_user_model().objects.filter(cohorts_trained__memberships__user_id=review.author_id).distinct()
    title = review.submission.setting.question.title
    for trainer in trainers:
        notify(
            recipient=trainer,
            kind="peer_review.reported",
            url=reverse("peerreview:queue"),
            params={"title": title},
            dedupe_key=f"feedback-report:{review.pk}",
        )


def feedback_hide(*, trainer, review: PeerReview, hide: bool, reason: str = "") -> PeerReview:
    """Keep the words hidden (or hide them) or show them again; every open report on the review is resolved with
    that decision, and it is audited as discussion's hiding is."""
    if not can_moderate_feedback(user=trainer, review=review):
        raise PermissionDenied
    with transaction.atomic():
        locked = PeerReview.objects.select_for_update().get(pk=review.pk)
        now = timezone.now()
        if hide and locked.feedback_hidden_at is None:
            locked.feedback_hidden_at = now
        elif not hide:
            locked.feedback_hidden_at = None
        locked.save(update_fields=["feedback_hidden_at"])
        FeedbackReport.objects.filter(review=locked, resolved_at__isnull=True).update(
            resolved_at=now, resolved_by=trainer, hidden=hide
        )
        audit_record(
            actor=trainer,
            action="peerreview.feedback.hidden" if hide else "peerreview.feedback.restored",
            target=locked,
            reason=reason,
            data={"submission": locked.submission_id},
        )
    return locked
