"""System checks of the certificate signing configuration (`manage.py check --deploy`)."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Warning, register


@register(deploy=True)
def tsa_configured(app_configs, **kwargs) -> list:
    if not settings.TSA_URL:
        return [
            Warning(
                "TSA_URL is not set: certificate PDFs are signed without a timestamp (PAdES B-B).",
                hint="Set TSA_URL (and TSA_CA_FILE) to an RFC 3161 time-stamping authority, so a PDF stays provable "
                "after its signing certificate expires (README, Configuration; ADR 0112).",
                id="certificates.W112",
            )
        ]
    if settings.TSA_CA_FILE and not Path(settings.TSA_CA_FILE).is_file():
        return [Error(f"TSA_CA_FILE {settings.TSA_CA_FILE} is not a readable file.", id="certificates.E112")]
    return []
