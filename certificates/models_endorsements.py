"""Endorsements: a trainer, mentor or peer reviewer vouching for a teacher's certificate (ADR 0205).

Each is an Open Badges 3.0 EndorsementCredential about the certificate's credential, signed by the platform like the
certificate itself, with its own slot in the revocation status lists (ADR 0206). The endorser's name and words are
frozen at issue, as the signed credential states them.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# Endorsements take status list slots from list 8193 on (index 2**30 + pk): certificates use their primary key as
# their index and would need a thousand million rows to reach it; both kinds then share the status list URLs,
# their cache and every verifier's refresh (ADR 0206).
ENDORSEMENT_STATUS_BASE = 2**30
COMMENT_MAX_LENGTH = 1000


class Endorsement(models.Model):
    # Random, unguessable: the endorsement's JSON address, like a certificate's code (ADR 0056).
    public_id = models.CharField(max_length=32, unique=True, editable=False)
    certificate = models.ForeignKey(
        "certificates.Certificate",
        on_delete=models.PROTECT,
        related_name="endorsements",
        verbose_name=_("certificate"),
    )
    endorser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="endorsements_written",
        verbose_name=_("endorser"),
    )
    endorser_name = models.CharField(_("endorser's name"), max_length=200, editable=False)
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH)
    issued_at = models.DateTimeField(_("issued at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    revoke_reason = models.TextField(_("reason for revocation"), blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    status_list_index = models.PositiveIntegerField(_("status list index"), unique=True, null=True, editable=False)
    credential_json = models.TextField(_("signed credential"), blank=True, editable=False)

    class Meta:
        ordering = ["issued_at", "id"]
        verbose_name = _("endorsement")
        verbose_name_plural = _("endorsements")
        constraints = [
            # One endorsement in force per endorser and certificate; a withdrawn one may be written again.
            models.UniqueConstraint(
                fields=["endorser", "certificate"],
                condition=Q(revoked_at__isnull=True),
                name="endorsement_one_live_per_endorser",
            ),
            models.CheckConstraint(
                condition=Q(status_list_index__isnull=True) | Q(status_list_index__gte=ENDORSEMENT_STATUS_BASE),
                name="endorsement_status_slot_above_certificates",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.endorser_name} → {self.certificate_id}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def credential_url(self) -> str:
        return reverse("certificates:endorsement_credential", kwargs={"public_id": self.public_id})
