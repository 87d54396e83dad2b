"""What every "report this" record holds, whatever is reported (issue 18: peer feedback, shared artefacts, mentor
messages, as discussion's reports): who reported it and why, and the decision that resolved it. Each report model
adds the thing reported, its own `hidden` (named for it) and its once-per-person constraint."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportBase(models.Model):
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True, db_index=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        abstract = True
        ordering = ["created_at", "id"]
