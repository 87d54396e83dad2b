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

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("accounts:profile")

    @property
    def display_name(self) -> str:
        return self.legal_name or self.get_full_name() or self.username

    def has_role(self, role: Role) -> bool:
        if self.is_superuser and role == Role.ADMINISTRATOR:
            return True
        return self.groups.filter(name=role.value).exists()
