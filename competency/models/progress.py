"""What a teacher has shown: evidence, the mastery it supports, and the levels attained."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .framework import Competency, Level


class CompetencyEvidence(models.Model):
    """One piece of evidence for one competency, e.g. an attempt's weighted score for KA.3.

    Producers (the assessment engine) identify evidence by (source_type, source_id) so that
    recording it again is idempotent and a re-grade replaces rather than duplicates it.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="evidence")
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="evidence")
    source_type = models.CharField(_("source type"), max_length=50)
    source_id = models.CharField(_("source id"), max_length=64)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2)
    passed = models.BooleanField(_("passed"))
    # Which questions and rubric scores led to the score, so a decision can be explained later.
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    observed_at = models.DateTimeField(_("observed at"))
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-observed_at", "-id"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "competency", "source_type", "source_id"], name="evidence_unique_source"
            ),
            models.CheckConstraint(condition=Q(score__gte=0) & Q(score__lte=100), name="evidence_score_0_100"),
        ]
        indexes = [models.Index(fields=["user", "competency", "-observed_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.competency_id} · {self.score}%"


class MasteryStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    MASTERED = "mastered", _("Mastered")


class CompetencyMastery(models.Model):
    """The current decision about one teacher and one competency, with the rule that made it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mastery")
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="mastery")
    status = models.CharField(_("status"), max_length=20, choices=MasteryStatus.choices)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    mastered_at = models.DateTimeField(_("mastered at"), null=True, blank=True)
    rule = models.JSONField(_("rule applied"), default=dict)
    evidence = models.ManyToManyField(CompetencyEvidence, related_name="decisions", blank=True)
    decided_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("competency mastery")
        verbose_name_plural = _("competency mastery")
        constraints = [
            models.UniqueConstraint(fields=["user", "competency"], name="mastery_unique_user_competency"),
            models.CheckConstraint(
                condition=~Q(status="mastered") | Q(mastered_at__isnull=False),
                name="mastery_mastered_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.competency_id} · {self.status}"


class LevelAttainment(models.Model):
    """A teacher attained a level. Certificates learn of it through competency.signals.level_attained."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="level_attainments")
    level = models.ForeignKey(Level, on_delete=models.PROTECT, related_name="attainments")
    attained_at = models.DateTimeField(_("attained at"))
    rule = models.JSONField(_("rule applied"), default=dict)
    # competency code -> {"score": "92.50", "mastered_at": iso date, "evidence": [ids]}
    competencies = models.JSONField(_("competency results"), default=dict)

    class Meta:
        ordering = ["level__order"]
        verbose_name = _("level attainment")
        verbose_name_plural = _("level attainments")
        constraints = [models.UniqueConstraint(fields=["user", "level"], name="attainment_unique_user_level")]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.level_id}"
