"""The issuer as configured in Wagtail site settings, readable outside a request (tasks, commands)."""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

DEFAULT_ISSUER_NAME = "ICT-CFT Teacher Training"


@dataclass(frozen=True)
class Issuer:
    name: str
    url: str
    signature_path: Path | None
    signatory_name: str = ""
    signatory_title: str = ""
    name_translations: dict | None = None  # {language: name} for the certificate's language (ADR 0111)


def issuer_get() -> Issuer:
    from wagtail.models import Site

    from .models import CertificateSettings

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    config = CertificateSettings.for_site(site) if site else None
    if config is None:
        return Issuer(name=DEFAULT_ISSUER_NAME, url=settings.SITE_URL, signature_path=None)
    signature = None
    if config.issuer_signature_id:
        try:
            signature = Path(config.issuer_signature.file.path)
        except (ValueError, NotImplementedError, FileNotFoundError):
            signature = None
    return Issuer(
        name=config.issuer_name or DEFAULT_ISSUER_NAME,
        url=config.issuer_url or settings.SITE_URL,
        signature_path=signature if signature and signature.is_file() else None,
        signatory_name=config.signatory_name.strip(),
        signatory_title=config.signatory_title.strip(),
        name_translations=config.issuer_name_translations or None,
    )
