"""A person's data export waiting for download, and the record of an account erased (ADR 0151)."""

import secrets
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class PrivateStorage(FileSystemStorage):
    """No URL: an export leaves only through the download view, to the person it is about."""

    def url(self, name):
        raise ValueError("A personal data export has no public URL; link to its download view instead.")


def private_storage() -> FileSystemStorage:
    return PrivateStorage(location=Path(settings.PRIVATE_MEDIA_ROOT) / "personal-data")


def _export_upload_to(instance: "DataExport", filename: str) -> str:
    return f"{instance.uuid.hex}-{secrets.token_hex(8)}-{filename}"


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class DataExport(models.Model):
    """Everything the platform holds about one person, as a ZIP built by the task worker."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports")
    status = models.CharField(_("status"), max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING)
    file = models.FileField(_("file"), storage=private_storage, upload_to=_export_upload_to, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("ready at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("deleted after"))

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("personal data export")
        verbose_name_plural = _("personal data exports")
        indexes = [models.Index(fields=["expires_at"], name="data_export_expires")]
        constraints = [
            # One export in preparation per person: asking again while it is built returns that one.
            models.UniqueConstraint(
                fields=["user"], condition=Q(status="pending"), name="data_export_one_pending_per_user"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.created_at:%Y-%m-%d} · {self.status}"

    def get_absolute_url(self) -> str:
        return reverse("privacy:export_download", kwargs={"export": self.uuid})


class Erasure(models.Model):
    """An account erased at its owner's request. The user row stays under a pseudonym; this says when and whether
    they asked for their certificates to be revoked (a certification officer takes it up, ADR 0151)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="erasure")
    erased_at = models.DateTimeField(_("erased at"), auto_now_add=True)
    revoke_wished = models.BooleanField(_("asked for their certificates to be revoked"), default=False)
    counts = models.JSONField(_("what was removed"), default=dict, blank=True)
    revoke_taken_up_at = models.DateTimeField(_("revocation asked at"), null=True, blank=True)
    revoke_taken_up_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revocation asked by"),
    )

    class Meta:
        ordering = ["-erased_at", "-id"]
        verbose_name = _("account erasure")
        verbose_name_plural = _("account erasures")

    def __str__(self) -> str:
        return f"{self.user} · {self.erased_at:%Y-%m-%d}"
