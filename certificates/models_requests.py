"""Four eyes on what assessments did not earn: a request to issue, re-issue or revoke by hand, and its decision.

One person asks, with a reason; another person holding the certification officer role approves or rejects, with a
reason (ADR 0113). The database keeps the rules that must hold whatever code path writes: nobody asks for
themselves, nobody decides their own request or a request about themselves, one pending request per teacher, level
and kind, and a decided request says who decided and when. The person who asked may withdraw it while it waits.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RequestKind(models.TextChoices):
    ISSUE = "issue", _("Issue by hand")
    REISSUE = "reissue", _("Re-issue")
    REVOKE = "revoke", _("Revoke")


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    # By the person who asked, before anyone decided; decided_at is then when, decided_by stays empty.
    WITHDRAWN = "withdrawn", _("Withdrawn")


class CertificateRequest(models.Model):
    kind = models.CharField(_("kind"), max_length=10, choices=RequestKind.choices)
    status = models.CharField(_("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.PENDING)
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="certificate_requests",
        verbose_name=_("teacher"),
    )
    level = models.ForeignKey("competency.Level", on_delete=models.PROTECT, related_name="+", verbose_name=_("level"))
    # The certificate to revoke or re-issue; empty for an issue.
    certificate = models.ForeignKey(
        "certificates.Certificate",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="requests",
        verbose_name=_("certificate"),
    )
    reason = models.TextField(_("reason"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("requested by")
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)
    # What an approval produced: the certificate issued or the new one of a re-issue (the revoked one for a revoke).
    result = models.ForeignKey(
        "certificates.Certificate",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resulting certificate"),
    )

    class Meta:
        ordering = ["-requested_at", "-id"]
        verbose_name = _("certificate request")
        verbose_name_plural = _("certificate requests")
        permissions = [("approve_certificaterequest", _("Can approve or reject certificate requests"))]
        constraints = [
            models.UniqueConstraint(
                fields=["teacher", "level", "kind"],
                condition=Q(status="pending"),
                name="certificate_request_one_pending",
            ),
            models.CheckConstraint(condition=~Q(requested_by=F("teacher")), name="certificate_request_not_for_self"),
            models.CheckConstraint(
                condition=Q(decided_by__isnull=True) | (~Q(decided_by=F("requested_by")) & ~Q(decided_by=F("teacher"))),
                name="certificate_request_four_eyes",
            ),
            models.CheckConstraint(
                condition=(Q(status="pending") & Q(decided_by__isnull=True) & Q(decided_at__isnull=True))
                | (Q(status__in=["approved", "rejected"]) & Q(decided_by__isnull=False) & Q(decided_at__isnull=False))
                | (Q(status="withdrawn") & Q(decided_by__isnull=True) & Q(decided_at__isnull=False)),
                name="certificate_request_decided_by_someone",
            ),
            models.CheckConstraint(
                condition=Q(kind="issue") | Q(certificate__isnull=False), name="certificate_request_names_certificate"
            ),
        ]
        indexes = [models.Index(fields=["status", "requested_at"], name="certificate_request_queue_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.teacher_id} · {self.level_id} · {self.get_status_display()}"
