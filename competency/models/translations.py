"""Names of framework parts in other languages, kept beside the English name on the same row.

`translations` holds `{"fr": {"name": "..."}, "ar": {"name": "...", "unofficial": true}}`: one entry per language,
loaded from `competency/data/<slug>.i18n.json` (never edited by hand in the admin, so a reload restores it). The
English name stays the field itself, so records that copied it (certificates, mastery decisions) never change.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def language_base(language: str | None) -> str:
    """ "fr-ca" → "fr", "zh-hans" → "zh": names are stored per language, not per region."""
    return (language or get_language() or "en").lower().split("-")[0]


def translations_field() -> models.JSONField:
    return models.JSONField(
        _("names in other languages"),
        default=dict,
        blank=True,
        help_text=_('Loaded from the framework\'s translation file: {"fr": {"name": "…"}, …}.'),
    )


class TranslatedName:
    """`name_in(language)` for a model whose English name is the field `NAME_FIELD`."""

    NAME_FIELD = "name"

    def name_in(self, language: str | None = None) -> str:
        """The name in `language` (default: the active one), or the English name when none is recorded."""
        entry = (self.translations or {}).get(language_base(language)) or {}
        return entry.get("name") or getattr(self, self.NAME_FIELD)

    def label_in(self, language: str | None = None) -> str:
        """The code and the name in `language` ("KA · Acquisition des connaissances"), as lists and menus show it."""
        code = getattr(self, "code", "")
        name = self.name_in(language)
        return f"{code} · {name}" if code else name

    def name_is_official(self, language: str | None = None) -> bool:
        """False when the name shown in `language` is our own translation rather than the publisher's."""
        entry = (self.translations or {}).get(language_base(language)) or {}
        return not (entry.get("name") and entry.get("unofficial"))
