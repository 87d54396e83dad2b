"""Cohorts of teachers followed by trainers, and report exports waiting for download."""

import secrets
import unicodedata
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no O/0, I/L/1: read aloud in a staff room


def join_code_new() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(8))


def join_code_normalise(code: str) -> str:
    """A code as typed ("abcd efgh", "ABCD-EFGH", full-width or Arabic-Indic digits) in the form it is stored."""
    out = []
    for char in unicodedata.normalize("NFKC", code or ""):
        if char.isspace() or unicodedata.category(char) == "Pd":
            continue
        digit = unicodedata.decimal(char, None)
        out.append(str(digit) if digit is not None else char.upper())
    return "".join(out)


class Cohort(models.Model):
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="cohorts_trained", verbose_name=_("trainers")
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="CohortMembership", related_name="cohorts", verbose_name=_("teachers")
    )
    join_code = models.CharField(_("join code"), max_length=12, unique=True, default=join_code_new)
    join_open = models.BooleanField(_("teachers may join with the code"), default=True)
    modules = models.ManyToManyField("cms.ModulePage", related_name="+", blank=True, verbose_name=_("modules"))
    target_level = models.ForeignKey(
        "competency.Level",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("target level"),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("cohorts:detail", kwargs={"pk": self.pk})

    @property
    def join_url(self) -> str:
        return reverse("cohorts:join", kwargs={"code": self.join_code})


class JoinMethod(models.TextChoices):
    ADDED = "added", _("Added by a trainer")
    CSV = "csv", _("CSV import")
    CODE = "code", _("Join code")


class CohortMembership(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships")
    method = models.CharField(_("how"), max_length=10, choices=JoinMethod.choices, default=JoinMethod.ADDED)
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        verbose_name = _("cohort membership")
        verbose_name_plural = _("cohort memberships")
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="cohort_membership_unique")]
        indexes = [models.Index(fields=["user"], name="cohort_membership_user")]

    def __str__(self) -> str:
        return f"{self.cohort_id} · {self.user_id}"


class PrivateStorage(FileSystemStorage):
    """Files with no URL at all: they leave only through the permission-checked download view."""

    def url(self, name):
        raise ValueError("A private export has no public URL; link to its download view instead.")


def private_storage() -> FileSystemStorage:
    return PrivateStorage(location=Path(settings.MEDIA_ROOT) / "private" / "exports")


def _export_upload_to(instance: "ReportExport", filename: str) -> str:
    # A random name as well as a private folder: nothing about it can be guessed.
    return f"{instance.uuid.hex}-{secrets.token_hex(8)}-{filename}"


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class ReportExport(models.Model):
    """A long export prepared by the task worker, downloadable by the person who asked, for 7 days."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("report"), max_length=40)
    params = models.JSONField(_("parameters"), default=dict)
    status = models.CharField(_("status"), max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    file = models.FileField(_("file"), storage=private_storage, upload_to=_export_upload_to, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("report export")
        verbose_name_plural = _("report exports")
        constraints = [models.CheckConstraint(condition=Q(progress__lte=100), name="export_progress_0_100")]
        indexes = [models.Index(fields=["created_at"], name="export_created")]

    def __str__(self) -> str:
        return f"{self.kind} · {self.requested_by_id} · {self.status}"

    def get_absolute_url(self) -> str:
        return reverse("cohorts:export_status", kwargs={"export": self.uuid})
