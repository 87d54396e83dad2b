"""`manage.py check` (and every runserver/migrate) fails on a server without the certificate fonts (ADR 0111)."""

from django.core.checks import Error, register

from .fonts import FONT_PACKAGE, fonts_missing


@register("certificates")
def fonts_check(app_configs, **kwargs) -> list[Error]:
    missing = fonts_missing()
    if not missing:
        return []
    return [
        Error(
            "Certificate fonts are missing: " + ", ".join(str(path) for path in missing),
            hint=f"Install the Debian package {FONT_PACKAGE} (README, deployment); without it a certificate "
            "would print names in those scripts as empty boxes.",
            id="certificates.E001",
        )
    ]
