"""Attempts freeze the questions and rules at start; answers are saved with a sequence number."""

import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_REVIEW = "awaiting_review", _("Awaiting review")
    GRADED = "graded", _("Graded")


class CloseReason(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    TIME_EXPIRED = "time_expired", _("Time limit reached")


class Attempt(models.Model):
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    assessment = models.ForeignKey("assessments.Assessment", on_delete=models.PROTECT, related_name="attempts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("attempt number"))
    status = models.CharField(
        _("status"), max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    # random.Random(seed) reproduces the draw, question order and option order.
    seed = models.BigIntegerField(_("seed"))
    # The teacher's language when the attempt started: the snapshot's words are in it where translated.
    language = models.CharField(_("language"), max_length=10, blank=True, default="")
    # Questions (with keys), their order, option order and the rules in force, frozen at start.
    snapshot = models.JSONField(_("snapshot"), default=dict)
    started_at = models.DateTimeField(_("started at"))
    deadline_at = models.DateTimeField(_("deadline"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    close_reason = models.CharField(_("closed because"), max_length=20, choices=CloseReason.choices, blank=True)
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    # Where the teacher last was, so a lost connection resumes on the same question.
    last_position = models.PositiveSmallIntegerField(_("last question viewed"), default=0)
    # competency code -> {"score", "pass_mark", "passed", "questions": [positions]}
    results = models.JSONField(_("results per competency"), default=dict, blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(fields=["user", "assessment", "number"], name="attempt_unique_number"),
            models.UniqueConstraint(
                fields=["user", "assessment"],
                condition=Q(status="in_progress"),
                name="attempt_single_in_progress",
            ),
            models.CheckConstraint(
                condition=Q(status="in_progress") | Q(closed_at__isnull=False), name="attempt_closed_has_date"
            ),
        ]
        indexes = [
            models.Index(fields=["user", "assessment", "status"]),
            # A teacher's attempts by date: last activity, "active in a month" (cohort reports, overview trend).
            models.Index(fields=["user", "started_at"], name="attempt_user_started"),
        ]

    def __str__(self) -> str:
        return f"{self.assessment} · {self.user} · #{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("assessments:attempt", kwargs={"attempt": self.uuid})

    @property
    def questions(self) -> list[dict]:
        return self.snapshot.get("questions", [])

    @property
    def rules(self) -> dict:
        return self.snapshot.get("rules", {})


class PrivateStorage(FileSystemStorage):
    """Teachers' uploads live outside MEDIA_ROOT and have no public address: `answer_file_download` hands them out."""

    def url(self, name):
        raise ValueError("A private file has no public URL; link to its download view.")


def private_storage() -> PrivateStorage:
    return PrivateStorage(location=settings.PRIVATE_MEDIA_ROOT)


def answer_upload_to(instance: "Answer", filename: str) -> str:
    return f"attempts/{instance.attempt.uuid}/{instance.position}/{filename}"


class Answer(models.Model):
    """The latest saved answer to one question of an attempt. `seq` only ever grows."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    position = models.PositiveSmallIntegerField(_("position"))
    response = models.JSONField(_("response"), null=True, blank=True)
    file = models.FileField(
        _("uploaded file"), upload_to=answer_upload_to, storage=private_storage, blank=True, max_length=300
    )
    seq = models.BigIntegerField(_("sequence number"), default=0)
    saved_at = models.DateTimeField(_("saved at"), auto_now=True)
    # Set by grading: the fraction of the question's points earned, 0..1 (None while awaiting review).
    score = models.DecimalField(_("score"), max_digits=7, decimal_places=6, null=True, blank=True)
    # Per-competency fractions for rubric-graded answers: code -> fraction.
    competency_scores = models.JSONField(_("competency scores"), default=dict, blank=True)
    # Immediate feedback: once checked, an answer can no longer change.
    locked = models.BooleanField(_("locked"), default=False)
    # An extended response waiting for a trainer; the review queue lists these.
    needs_review = models.BooleanField(_("needs review"), default=False, db_index=True)

    class Meta:
        ordering = ["attempt", "position"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="answer_unique_position"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | (Q(score__gte=0) & Q(score__lte=1)), name="answer_score_0_1"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} · Q{self.position + 1}"
