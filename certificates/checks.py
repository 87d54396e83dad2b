"""System checks of the certificate signing configuration (`manage.py check`)."""

from django.conf import settings
from django.core.checks import Warning, register


@register()
def tsa_configured(app_configs, **kwargs) -> list[Warning]:
    if settings.TSA_URL:
        return []
    return [
        Warning(
            "TSA_URL is not set: certificate PDFs are signed without a timestamp (PAdES B-B).",
            hint="Set TSA_URL (and TSA_CA_FILE) to an RFC 3161 time-stamping authority, so a PDF stays provable "
            "after its signing certificate expires (README, Configuration; ADR 0112).",
            id="certificates.W112",
        )
    ]
