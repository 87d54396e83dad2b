"""The audit log: who did what, when, to what and why. Append-only (ADR 0114).

Rows are only ever inserted. The model refuses save() of an existing row, delete() and queryset update()/delete();
the database refuses UPDATE and DELETE too (triggers, migration 0002), so neither a shell nor raw SQL edits history.
Who acted is kept as an id and the username at the time, with no foreign key: deleting or erasing a user must not
have to touch (and so could not) rewrite the log.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """An audit event was about to be changed or deleted."""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("audit events are append-only")

    def delete(self):
        raise AppendOnlyError("audit events are append-only")

    # bulk_update goes through update(); _raw_delete is what a cascade would use.
    def _raw_delete(self, using):
        raise AppendOnlyError("audit events are append-only")


class AuditEvent(models.Model):
    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True, editable=False)
    # Dotted names, e.g. "certificate.request.approved": the kind of thing that happened.
    action = models.CharField(_("action"), max_length=64, db_index=True, editable=False)
    actor_id = models.BigIntegerField(_("actor id"), null=True, blank=True, editable=False)
    actor_label = models.CharField(_("actor"), max_length=150, blank=True, editable=False)
    # What was acted on, e.g. "certificates.certificaterequest" 12 "Request 12 · teacher1 · KA".
    target_type = models.CharField(_("target type"), max_length=100, blank=True, editable=False)
    target_id = models.CharField(_("target id"), max_length=64, blank=True, editable=False)
    target_label = models.CharField(_("target"), max_length=255, blank=True, editable=False)
    reason = models.TextField(_("reason"), blank=True, editable=False)
    data = models.JSONField(_("details"), default=dict, blank=True, editable=False)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        # Only "view" is granted (administrators); add/change/delete exist but nobody is given them.
        default_permissions = ("view",)
        indexes = [models.Index(fields=["target_type", "target_id"], name="audit_event_target_idx")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.action} {self.target_label}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("audit events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("audit events are append-only")
