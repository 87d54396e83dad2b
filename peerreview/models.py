"""Peer review of extended responses (ADR 0195): per-question settings, calibration, submissions and reviews.

Assessments owns questions, answers and the hand-grade path; this app only keys onto them. The final grade enters
through `assessments.services.review_record`, so evidence, mastery and the audit work as for a trainer's grade.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from common.reports import ReportBase


class PeerReviewSetting(models.Model):
    """Peer review switched on for one extended-response question, with its rules and calibration example."""

    question = models.OneToOneField(
        "assessments.Question", on_delete=models.CASCADE, related_name="peer_review", verbose_name=_("question")
    )
    enabled = models.BooleanField(_("graded by peers"), default=True)
    reviews_required = models.PositiveSmallIntegerField(
        _("peer reviews per answer"), default=2, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    reassign_after_hours = models.PositiveIntegerField(
        _("re-assign after (hours)"), default=72, help_text=_("A review not written by then goes to someone else.")
    )
    disagreement_threshold = models.DecimalField(
        _("disagreement threshold"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.300"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_("Peers' scores further apart than this share of the points go to a trainer."),
    )
    calibration_text = models.TextField(_("calibration example"))
    # criterion id (str) -> level id (str): the trainer's scoring of the example with the question's rubric.
    calibration_levels = models.JSONField(_("trainer's rubric levels for the example"), default=dict, blank=True)
    calibration_score = models.DecimalField(
        _("trainer's score of the example (0–1)"),
        max_digits=7,
        decimal_places=6,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
    )
    calibration_scored_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("peer review setting")
        verbose_name_plural = _("peer review settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(calibration_score__gte=0) & Q(calibration_score__lte=1), name="peer_calibration_0_1"
            ),
            models.CheckConstraint(
                condition=Q(reviews_required__gte=1) & Q(reviews_required__lte=5), name="peer_reviews_required_1_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.question_id} · {self.reviews_required}"


class PeerCohortSetting(models.Model):
    """Reviews are anonymous both ways unless the cohort chooses to show names."""

    cohort = models.OneToOneField("cohorts.Cohort", on_delete=models.CASCADE, related_name="peer_review_setting")
    names_visible = models.BooleanField(_("peers see each other's names"), default=False)

    class Meta:
        verbose_name = _("cohort peer review setting")

    def __str__(self) -> str:
        return f"{self.cohort_id} · {self.names_visible}"


class Calibration(models.Model):
    """A teacher's scoring of the calibration example; its distance from the trainer's score sets their weight."""

    setting = models.ForeignKey(PeerReviewSetting, on_delete=models.CASCADE, related_name="calibrations")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peer_calibrations")
    criteria = models.JSONField(default=dict)
    score = models.DecimalField(max_digits=7, decimal_places=6)
    weight = models.DecimalField(max_digits=7, decimal_places=6)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("calibration")
        constraints = [
            models.UniqueConstraint(fields=["setting", "reviewer"], name="peer_calibration_once"),
            models.CheckConstraint(condition=Q(weight__gt=0) & Q(weight__lte=1), name="peer_weight_0_1"),
        ]

    def __str__(self) -> str:
        return f"{self.setting_id} · {self.reviewer_id} · {self.weight}"


class SubmissionStatus(models.TextChoices):
    REVIEWING = "reviewing", _("Waiting for peer reviews")
    QUEUED = "queued", _("In the trainer's queue")
    GRADED = "graded", _("Graded")


class QueueReason(models.TextChoices):
    DISAGREEMENT = "disagreement", _("Peers disagree")
    NO_REVIEWERS = "no_reviewers", _("No peer left to review it")
    REVIEWER_ERASED = "reviewer_erased", _("A reviewer's account was erased")


class Submission(models.Model):
    """One answer put up for peer review."""

    answer = models.OneToOneField("assessments.Answer", on_delete=models.CASCADE, related_name="peer_submission")
    setting = models.ForeignKey(PeerReviewSetting, on_delete=models.PROTECT, related_name="submissions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peer_submissions")
    status = models.CharField(max_length=12, choices=SubmissionStatus.choices, default=SubmissionStatus.REVIEWING)
    queue_reason = models.CharField(max_length=20, choices=QueueReason.choices, blank=True)
    final_score = models.DecimalField(max_digits=7, decimal_places=6, null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The judgement copied onto the evidence: method, peers' scores and weights, spread, who decided.
    judgement = models.JSONField(default=dict, blank=True)
    self_criteria = models.JSONField(default=dict, blank=True)
    self_score = models.DecimalField(max_digits=7, decimal_places=6, null=True, blank=True)
    self_feedback = models.TextField(blank=True)
    created_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("peer review submission")
        indexes = [models.Index(fields=["setting", "status", "created_at"], name="peer_submission_pool")]

    def __str__(self) -> str:
        return f"{self.answer_id} · {self.status}"


class AssignmentStatus(models.TextChoices):
    ASSIGNED = "assigned", _("To review")
    DONE = "done", _("Reviewed")
    EXPIRED = "expired", _("Re-assigned after the set time")


class PeerReview(models.Model):
    """One reviewer's review of one submission: assigned, then written (or expired and re-assigned)."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="reviews")
    # The author copied here so the database itself refuses anyone reviewing their own work.
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # Null once the reviewer's account is erased: the review others rely on stays, pseudonymised.
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="peer_reviews_given"
    )
    status = models.CharField(max_length=10, choices=AssignmentStatus.choices, default=AssignmentStatus.ASSIGNED)
    assigned_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)
    criteria = models.JSONField(default=dict, blank=True)
    score = models.DecimalField(max_digits=7, decimal_places=6, null=True, blank=True)
    weight = models.DecimalField(max_digits=7, decimal_places=6, null=True, blank=True)
    feedback = models.TextField(blank=True)
    # A review written offline carries the key its device generated: sending it twice records it once.
    client_key = models.UUIDField(null=True, blank=True, unique=True)
    # Set when the teacher who received the review reports its words: hidden from them at once, until a trainer of
    # their cohort restores it (None again) or keeps it hidden. The score never depends on it.
    feedback_hidden_at = models.DateTimeField(_("feedback hidden"), null=True, blank=True)

    class Meta:
        ordering = ["assigned_at", "id"]
        verbose_name = _("peer review")
        constraints = [
            models.CheckConstraint(condition=~Q(reviewer=F("author")), name="peer_review_not_own_work"),
            models.UniqueConstraint(fields=["submission", "reviewer"], name="peer_review_once_per_reviewer"),
            models.CheckConstraint(
                condition=~Q(status="done") | (Q(score__isnull=False) & Q(weight__isnull=False)),
                name="peer_review_done_scored",
            ),
        ]
        indexes = [models.Index(fields=["status", "assigned_at"], name="peer_review_due")]

    def __str__(self) -> str:
        return f"{self.submission_id} · {self.reviewer_id} · {self.status}"


class FeedbackReport(ReportBase):
    """The teacher who received a review reports its written feedback (issue 18, as discussion's reports)."""

    review = models.ForeignKey(PeerReview, on_delete=models.CASCADE, related_name="feedback_reports")
    hidden = models.BooleanField(_("feedback hidden"), null=True, blank=True)  # the trainer's decision

    class Meta(ReportBase.Meta):
        verbose_name = _("peer feedback report")
        constraints = [
            models.UniqueConstraint(
                fields=["review", "reporter"], condition=Q(reporter__isnull=False), name="peer_feedback_report_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.review_id} · {self.resolved_at is not None}"
