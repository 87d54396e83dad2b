from django.conf import settings
from django.core.checks import Warning, register

from audit.triggers import FLOOR_YEARS


@register()
def retention_settings_check(app_configs, **kwargs):
    found = []
    if settings.AUDIT_RETENTION_YEARS < FLOOR_YEARS:
        found.append(
            Warning(
                f"AUDIT_RETENTION_YEARS is {settings.AUDIT_RETENTION_YEARS}; the database keeps audit events "
                f"{FLOOR_YEARS} years whatever it says.",
                hint="Set it to at least audit.triggers.FLOOR_YEARS (ADR 0152).",
                id="privacy.W001",
            )
        )
    for name in ("PRIVACY_EXPORT_DAYS", "PRIVACY_SESSION_DAYS", "PRIVACY_TASK_LOG_DAYS", "PRIVACY_BULK_IMPORT_DAYS"):
        if getattr(settings, name) < 1:
            found.append(Warning(f"{name} must be at least 1 day.", id="privacy.W002"))
    return found
