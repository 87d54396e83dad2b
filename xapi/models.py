"""The xAPI outbox: one row per statement, written in the transaction of the event it reports (ADR 0175)."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LearnerAccount(models.Model):
    """The opaque name a teacher has in the learning record store: neither the e-mail nor the username (ADR 0176).

    Made on the first statement about the teacher and never changed, so the LRS sees one learner over the years;
    erasure deletes it, after which nothing here links the teacher to what the LRS holds.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xapi_account")
    name = models.UUIDField(_("account name in the LRS"), default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("learner account")
        verbose_name_plural = _("learner accounts")

    def __str__(self) -> str:
        return str(self.name)


class OutboxStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Refused by the LRS")


class OutboxStatement(models.Model):
    # UUID5 of the event key: the same event always gives the same id, so the LRS can drop a statement sent again.
    statement_id = models.UUIDField(_("statement id"), unique=True, editable=False)
    event_key = models.CharField(_("event"), max_length=200, editable=False)
    verb = models.CharField(_("verb"), max_length=30, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xapi_statements")
    payload = models.JSONField(_("statement"), editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=OutboxStatus.choices, default=OutboxStatus.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    # A sender holds the rows it is posting until then; a sender that died lets them go when it passes.
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("outgoing xAPI statement")
        verbose_name_plural = _("outgoing xAPI statements")
        permissions = [("retry_outboxstatement", _("Can send refused xAPI statements again"))]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="sent") | Q(sent_at__isnull=False), name="xapi_outbox_sent_has_date"
            ),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="xapi_outbox_due")]

    def __str__(self) -> str:
        return f"{self.verb} · {self.statement_id}"
