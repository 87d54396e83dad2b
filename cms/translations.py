"""Which text a teacher reads: a page's translation in their language, or the original with a note.

Pages keep their canonical URL and id (progress, notes, resume links and offline copies all key on it); only the
words come from the translation, a live page of the same `translation_key` in the teacher's locale
(docs/decisions/0060). Every lookup here is one query for any number of pages, and none when the teacher reads
the original's language.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.models import Page

from common.languages import language_name_in_sentence


@dataclass(frozen=True)
class Shown:
    """The page whose words are shown, the language they are in, and the language the teacher asked for."""

    page: Page
    language: str
    requested: str

    @property
    def is_translation(self) -> bool:
        return self.language == self.requested and self.page.locale_id is not None and self.page.pk is not None

    @property
    def missing(self) -> bool:
        return self.language != self.requested

    def missing_note(self, what: str) -> str:
        names = {
            "language": language_name_in_sentence(self.requested),
            "original": language_name_in_sentence(self.language),
        }
        if what == "module":
            return _("This module is not yet available in %(language)s; showing the %(original)s original.") % names
        return _("This lesson is not yet available in %(language)s; showing the %(original)s original.") % names


def translations_of(*, model, pages: list, language: str, fields: tuple[str, ...] | None = None) -> dict:
    """Live translations of `pages` into `language`, keyed by translation_key (one query; the pages excluded)."""
    keys = [p.translation_key for p in pages if p.pk is not None]
    if not keys:
        return {}
    # An alias mirrors the original's words in another locale's tree (wagtail-localize makes one for the home page
    # of each locale): it is not a translation, so the original's note and lang/dir stay.
    qs = (
        model.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language, alias_of__isnull=True)
        .exclude(pk__in=[p.pk for p in pages])
    )
    if fields is not None:
        qs = qs.only("id", "translation_key", *fields)
    return {t.translation_key: t for t in qs}


def shown_page(*, model, page, original_language: str, requested: str) -> Shown:
    """The translation to show for one page (fetched whole), or the page itself."""
    if requested == original_language or page.pk is None:
        return Shown(page=page, language=original_language, requested=requested)
    found = translations_of(model=model, pages=[page], language=requested).get(page.translation_key)
    if found is None:
        return Shown(page=page, language=original_language, requested=requested)
    return Shown(page=found, language=requested, requested=requested)


def retitle(*, model, pages: list, language: str, originals: dict | None = None, fields=("title",)) -> None:
    """Show `pages` (in memory only, never saved) with their translated `fields` where a translation exists.

    `originals` maps a page's pk to the language it is written in; pages already in `language` are skipped.
    Each page gets `shown_language`, the language its words are now in.
    """
    originals = originals or {}
    todo = [p for p in pages if originals.get(p.pk, "") != language]
    for p in pages:
        p.shown_language = originals.get(p.pk, "")
    found = translations_of(model=model, pages=todo, language=language, fields=fields) if todo else {}
    for p in todo:
        translated = found.get(p.translation_key)
        if translated is not None:
            for name in fields:
                setattr(p, name, getattr(translated, name))
            p.shown_language = language
