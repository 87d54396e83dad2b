from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .roles import Role


class User(AbstractUser):
    legal_name = models.CharField(
        _("legal name"),
        max_length=200,
        blank=True,
        help_text=_("Your name exactly as it must appear on your certificates, in any script."),
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    country = models.CharField(_("country"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    school = models.CharField(_("school"), max_length=200, blank=True)
    # For teachers without e-mail (bulk enrolment, ADR 0149): "+<country code><number>", as enrolment/parsing.py
    # normalises it, so one person is matched whatever spacing a file used.
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    # On a slow or paid-by-the-megabyte connection: lesson images are replaced by their description and a link.
    data_saver = models.BooleanField(
        _("data saver"),
        default=False,
        help_text=_("Do not load images in lessons; show their description and a link to open them instead."),
    )
    # What a regional officer may see aggregates of: a country, optionally narrowed to one of its regions.
    scope_country = models.CharField(
        _("reporting scope: country"),
        max_length=100,
        blank=True,
        help_text=_("Regional officers see programme figures for this country only."),
    )
    scope_region = models.CharField(
        _("reporting scope: region"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty for the whole country."),
    )

    # The ministry's identifier of a teacher, from an identity provider's claim (ADR 0154): a second sign-in by any
    # of the ministry's providers finds the account by it. NULL (not "") when unknown, so uniqueness holds.
    national_teacher_id = models.CharField(
        _("national teacher ID"),
        max_length=64,
        null=True,
        blank=True,
        unique=True,
        help_text=_("The identifier the education ministry gives this teacher; filled in at single sign-on."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(fields=["phone"], condition=~models.Q(phone=""), name="user_phone_unique")
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("accounts:profile")

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    def get_full_name(self) -> str:
        # The legal name is the person's one name (ADR 0140); first and last name are what accounts made before it
        # existed left behind, and what the Django and Wagtail admins may still fill in.
        return self.legal_name or super().get_full_name()

    def has_role(self, role: Role) -> bool:
        if self.is_superuser and role == Role.ADMINISTRATOR:
            return True
        return self.groups.filter(name=role.value).exists()
