"""An attempt taken with no connection, sent later: recorded once, with the times the device gave."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OfflineSubmission(models.Model):
    """The one offline submission of an attempt. One-to-one: a resent submission finds it and grades nothing."""

    attempt = models.OneToOneField("assessments.Attempt", on_delete=models.CASCADE, related_name="offline_submission")
    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    # [{"position", "at"}]: when the device says each answer was given (its clock, as sent; for trainers' review).
    answer_times = models.JSONField(_("answer times on the device"), default=list, blank=True)

    class Meta:
        verbose_name = _("offline submission")
        verbose_name_plural = _("offline submissions")

    def __str__(self) -> str:
        return f"{self.attempt} · {self.received_at:%Y-%m-%d %H:%M}"
