"""Bulk imports of teachers, cohort invitations waiting for consent, and one-time sign-in codes (ADR 0148-0150)."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class BulkImport(models.Model):
    """An uploaded teacher list between preview and commit; kept to print the codes of its teachers without e-mail.

    `data` is emptied PRIVACY_BULK_IMPORT_DAYS after the list was applied (the summary stays), and an import never
    applied is deleted that long after its upload (services/retention.py, ADR 0152)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    filename = models.CharField(_("file name"), max_length=200, blank=True)
    data = models.BinaryField(_("file"))
    created_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(_("applied"), null=True, blank=True)
    # Filled when applied: counts for the confirmation and the users who were given no e-mail (code sheet).
    summary = models.JSONField(_("summary"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("bulk import")
        verbose_name_plural = _("bulk imports")

    def __str__(self) -> str:
        return f"{self.filename} · {self.uploaded_by_id} · {self.created_at:%Y-%m-%d}"


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class CohortInvitation(models.Model):
    """A trainer asked a teacher to join a cohort; the membership exists only once the teacher accepts."""

    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_invitations")
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", editable=False
    )
    # What the trainer typed (e-mail or phone, and the name from the file): the trainer's list shows this, never
    # the account's own name, which would tell them the address was registered.
    invited_as = models.CharField(_("invited as"), max_length=254)
    name_given = models.CharField(_("name given"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=InvitationStatus.choices, default=InvitationStatus.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("cohort invitation")
        verbose_name_plural = _("cohort invitations")
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="cohort_invitation_unique")]
        indexes = [models.Index(fields=["user", "status"], name="invitation_user_status")]

    def __str__(self) -> str:
        return f"{self.cohort_id} · {self.user_id} · {self.status}"


class CodeChannel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SHEET = "sheet", _("Printed sheet")


class SignInCode(models.Model):
    """A one-time code to sign in without a password. Only a keyed hash is stored: a database leak gives no code."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sign_in_codes")
    digest = models.CharField(max_length=64, unique=True)
    channel = models.CharField(max_length=10, choices=CodeChannel.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("sign-in code")
        verbose_name_plural = _("sign-in codes")
        indexes = [
            models.Index(fields=["user"], name="signin_code_user", condition=Q(used_at__isnull=True)),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.channel} · {self.expires_at:%Y-%m-%d}"
