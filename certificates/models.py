"""Certificates: what was certified (a frozen snapshot), its signed forms, and its lifecycle."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# Size of one Bitstring Status List (the W3C minimum); index n lives in list n // size + 1.
STATUS_LIST_SIZE = 131072


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")
    EXPIRED = "expired", _("Expired")
    SUPERSEDED = "superseded", _("Superseded")


def _pdf_upload_to(instance: "Certificate", filename: str) -> str:
    return f"certificates/{instance.issued_at:%Y}/{filename}"


class Certificate(models.Model):
    code = models.CharField(_("verification code"), max_length=24, unique=True, editable=False)
    # sha256(code): the only column lookups touch (ADR 0056).
    code_digest = models.CharField(max_length=64, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates", verbose_name=_("holder")
    )
    level = models.ForeignKey(
        "competency.Level", on_delete=models.PROTECT, related_name="certificates", verbose_name=_("level")
    )
    attainment = models.ForeignKey(
        "competency.LevelAttainment",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("level attainment"),
    )
    framework_slug = models.SlugField(_("framework"), max_length=50)
    framework_version = models.CharField(_("framework version"), max_length=20)
    # Everything the certificate states, frozen at issue: later edits to names or frameworks change nothing.
    snapshot = models.JSONField(_("snapshot"), default=dict)
    # The holder's language at issue: the PDF's texts, names and dates are in it, and a re-render gives the same text.
    language = models.CharField(_("language"), max_length=10, default="en", editable=False)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    # True until revoked, superseded or, once expired, renewed; the partial unique constraint below keys on it.
    is_current = models.BooleanField(_("current"), default=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    revoke_reason = models.TextField(_("reason for revocation"), blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    superseded_by = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supersedes",
        verbose_name=_("superseded by"),
        editable=False,
    )
    manual = models.BooleanField(_("issued by hand"), default=False)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    status_list_index = models.PositiveIntegerField(_("status list index"), unique=True, null=True, editable=False)
    # The signed credential exactly as served and embedded: text, so no database reorders its keys.
    credential_json = models.TextField(_("signed credential"), blank=True, editable=False)
    # The compact signed payload (base64url COSE_Sign1) the QR code carries after "#", for offline checks (ADR 0080).
    offline_payload = models.TextField(_("offline payload"), blank=True, editable=False)
    pdf = models.FileField(_("PDF"), upload_to=_pdf_upload_to, blank=True, editable=False)
    # Endorsements ever written (withdrawn ones included, the page lists them): the verification page reads them with
    # a second query only when there are some, so a page without any still costs one query (ADR 0207).
    endorsement_count = models.PositiveIntegerField(_("endorsements"), default=0, editable=False)
    # Raised in the transaction of every change its verification page shows: page content rendered for an earlier
    # version is never used (ADR 0210).
    page_version = models.PositiveIntegerField(default=0, editable=False)
    expiry_reminder_sent_at = models.DateTimeField(_("expiry reminder sent at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-issued_at", "-id"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        # "add" is issuing or re-issuing by hand; nobody gets "change": a certificate is never edited.
        permissions = [("revoke_certificate", _("Can revoke certificates"))]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "level"], condition=Q(is_current=True), name="certificate_one_current_per_level"
            ),
            models.CheckConstraint(
                condition=Q(is_current=False) | (Q(revoked_at__isnull=True) & Q(superseded_by__isnull=True)),
                name="certificate_current_is_live",
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | Q(is_current=False), name="certificate_revoked_not_current"
            ),
        ]
        indexes = [models.Index(fields=["expires_at"], name="certificate_expires_idx")]

    def __str__(self) -> str:
        return (
            f"{self.code} · {self.snapshot.get('holder_name', '')} · {self.snapshot.get('level', {}).get('code', '')}"
        )

    def get_absolute_url(self) -> str:
        return reverse("certificates:verify_code", kwargs={"code": self.code})

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return CertificateStatus.REVOKED
        if self.superseded_by_id is not None:
            return CertificateStatus.SUPERSEDED
        if self.expires_at is not None and self.expires_at <= timezone.now():
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    @property
    def status_label(self) -> str:
        return CertificateStatus(self.status).label

    @property
    def status_list_id(self) -> int:
        return self.status_list_index // STATUS_LIST_SIZE + 1

    @property
    def status_list_position(self) -> int:
        return self.status_list_index % STATUS_LIST_SIZE

    @property
    def verify_url(self) -> str:
        return f"{settings.SITE_URL}{self.get_absolute_url()}"

    @property
    def offline_verify_url(self) -> str:
        """The link in the QR code: the online page, with the signed payload in the fragment."""
        return f"{self.verify_url}#{self.offline_payload}" if self.offline_payload else self.verify_url

    @property
    def pdf_url(self) -> str:
        return reverse("certificates:pdf", kwargs={"code": self.code})

    @property
    def credential_url(self) -> str:
        return reverse("certificates:credential", kwargs={"code": self.code})


@register_setting(icon="doc-full")
class CertificateSettings(BaseSiteSetting):
    issuer_name = models.CharField(_("issuer name"), max_length=200, default="ICT-CFT Teacher Training")
    # Certificates print their holder's language (ADR 0080): the default name is translated by the catalogues,
    # a custom one by this map. The credential keeps `issuer_name`, one name for every language (ADR 0111).
    issuer_name_translations = models.JSONField(
        _("issuer name per language"),
        default=dict,
        blank=True,
        help_text=_(
            'The issuer name as certificates in each language print it, for example {"fr": "Ministère de '
            'l\'Éducation", "ar": "وزارة التربية"}. A language not listed prints the issuer name above.'
        ),
    )
    issuer_url = models.URLField(_("issuer URL"), blank=True)
    signatory_name = models.CharField(_("signatory name"), max_length=200, blank=True)
    signatory_title = models.CharField(_("signatory title"), max_length=200, blank=True)
    issuer_signature = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("signature image"),
        help_text=_("Printed on every new certificate; existing certificates keep theirs."),
    )

    class Meta:
        verbose_name = _("certificate issuer")

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        names = self.issuer_name_translations
        languages = dict(settings.LANGUAGES)
        if not isinstance(names, dict):
            raise ValidationError({"issuer_name_translations": _("Give an object: language code, then the name.")})
        for language, name in names.items():
            if language not in languages:
                raise ValidationError(
                    {
                        "issuer_name_translations": _(
                            "“%(language)s” is not a language of this site; use one of: %(languages)s."
                        )
                        % {"language": language, "languages": ", ".join(languages)}
                    }
                )
            if not isinstance(name, str) or not name.strip() or len(name) > 200:
                raise ValidationError(
                    {
                        "issuer_name_translations": _(
                            "The name for “%(language)s” must be text of 1 to 200 characters."
                        )
                        % {"language": language}
                    }
                )


# Kept in their own module so this one stays about certificates; imported here so Django finds the models.
from .models_requests import CertificateRequest, RequestKind, RequestStatus  # noqa: E402

__all__ = [
    "STATUS_LIST_SIZE",
    "Certificate",
    "CertificateRequest",
    "CertificateSettings",
    "CertificateStatus",
    "RequestKind",
    "RequestStatus",
]
from .models_endorsements import ENDORSEMENT_STATUS_BASE, Endorsement  # noqa: E402

__all__ += ["ENDORSEMENT_STATUS_BASE", "Endorsement"]
from .models_pages import VerifyPageContent  # noqa: E402

__all__ += ["VerifyPageContent"]
