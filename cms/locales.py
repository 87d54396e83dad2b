"""Content locales: one Wagtail Locale per interface language, and how a request's language maps onto them.

The canonical page tree (the site's home and everything under it) is in the default locale; translations live in
parallel trees that wagtail-localize maintains. Teachers only ever reach canonical URLs (docs/decisions/0060).
"""

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant


def content_language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def default_content_language() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def active_content_language() -> str:
    """The request's language as a content language; an unknown one falls back to the default (English)."""
    try:
        return get_supported_content_language_variant(translation.get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        return default_content_language()


def language_name(code: str) -> str:
    """The language's name in its own language ("Français"), as the language menu shows it."""
    try:
        name = translation.get_language_info(code)["name_local"]
    except KeyError:
        return code
    return name[:1].upper() + name[1:]


def content_locales_ensure(locale_model=None) -> list:
    """Create a Locale per content language. Idempotent; usable from a migration with the historical model."""
    if locale_model is None:
        from wagtail.models import Locale as locale_model
    return [locale_model.objects.get_or_create(language_code=code)[0] for code in content_language_codes()]
