"""Demo translations, shipped as PO files: `translations/<language>/<module slug>.po` holds the module and its
lessons (msgid = the English text of a segment, msgstr = its translation); `translations/<language>/_site.po` the
home page and the module catalogue above them.

`python manage.py demo_po_template <module slug> --language fr` writes or refreshes a file for a translator;
`load_demo` applies what the files translate and leaves the rest in English (cms.po_translations).
"""

import logging
from pathlib import Path

import polib
from wagtail.models import Locale

from ...models import LessonPage, ModulePage
from ...po_translations import PoApplyResult, page_translation_apply_po

DIRECTORY = Path(__file__).parent
log = logging.getLogger(__name__)


def po_path(*, slug: str, language: str) -> Path:
    return DIRECTORY / language / f"{slug}.po"


def demo_module_pages(module: ModulePage) -> list:
    """The module then its lessons, in reading order: what one PO file translates."""
    return [module, *LessonPage.objects.child_of(module).order_by("path")]


SITE = "_site"  # the PO file of the pages above the modules


def demo_translations_ensure(*, modules: list[ModulePage], site_pages: list | None = None) -> list[PoApplyResult]:
    """Translate the home page and catalogue (`site_pages`), then each demo module (and its lessons), for which a PO
    file ships. Idempotent."""
    results = []
    groups = [(SITE, list(site_pages or []))] + [(module.slug, demo_module_pages(module)) for module in modules]
    for language_dir in sorted(p for p in DIRECTORY.iterdir() if p.is_dir() and not p.name.startswith("_")):
        locale = Locale.objects.filter(language_code=language_dir.name).first()
        if locale is None:  # a language the site does not offer
            continue
        for slug, pages in groups:
            path = po_path(slug=slug, language=language_dir.name)
            if not pages or not path.exists():
                continue
            po = polib.pofile(str(path))
            for page in pages:
                result = page_translation_apply_po(page=page, locale=locale, po=po)
                if result.missing:
                    log.info(
                        "%s (%s): %d of %d texts untranslated", page.slug, locale, len(result.missing), result.total
                    )
                results.append(result)
    return results
