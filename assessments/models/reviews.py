"""Trainer grades of extended responses. Rows are never updated: a re-grade adds a row (the audit)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ReviewRole(models.TextChoices):
    FIRST = "first", _("First reviewer")
    SECOND = "second", _("Second reviewer")


class Review(models.Model):
    answer = models.ForeignKey("assessments.Answer", on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews_given")
    role = models.CharField(_("role"), max_length=10, choices=ReviewRole.choices, default=ReviewRole.FIRST)
    # criterion id (str) -> {"level": level id, "points": "3", "competency": "KA.3"}
    criteria = models.JSONField(_("rubric scores"), default=dict)
    score = models.DecimalField(_("score"), max_digits=7, decimal_places=6)
    competency_scores = models.JSONField(_("competency scores"), default=dict)
    feedback = models.TextField(_("feedback"), blank=True)
    replaces = models.OneToOneField("self", on_delete=models.PROTECT, null=True, blank=True, related_name="replaced_by")
    created_at = models.DateTimeField(_("graded at"), auto_now_add=True)

    class Meta:
        ordering = ["answer", "created_at", "id"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.CheckConstraint(condition=Q(score__gte=0) & Q(score__lte=1), name="review_score_0_1"),
        ]

    def __str__(self) -> str:
        return f"{self.answer} · {self.reviewer} · {self.role}"
