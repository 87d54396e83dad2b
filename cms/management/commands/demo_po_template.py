from pathlib import Path

import polib
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cms.demo.content import MODULES
from cms.demo.translations import po_path
from cms.locales import content_language_codes, default_content_language
from cms.models import LessonPage, ModulePage
from cms.po_translations import po_template_build
from competency.models import Level


def _pages(spec) -> list:
    """The module and its lessons as the demo source defines them now (unsaved: images left out, no text in them)."""

    def body(blocks):
        return [(kind, {**value, "image": None} if kind == "image" else value) for kind, value in blocks]

    module = ModulePage(
        title=spec.title, slug=spec.slug, summary=spec.summary, cover_alt=spec.cover_alt, level=Level(code=spec.level)
    )
    lessons = []
    for ls in spec.lessons:
        lesson = LessonPage(title=ls.title, slug=ls.slug, summary=ls.summary, body=body(ls.body))
        # Through the stored form once, so every block and list item has the id a saved page would have.
        lesson.body = LessonPage.body.field.stream_block.get_prep_value(lesson.body)
        lessons.append(lesson)
    return [module, *lessons]


class Command(BaseCommand):
    help = _(
        "Write or update the PO file a translator fills for a demo module and its lessons "
        "(cms/demo/translations/<language>/<module>.po). Translations already in the file are kept."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("module", nargs="+", help=_("demo module slug(s), or 'all'"))
        parser.add_argument("--language", default="fr", help=_("target language code (default: fr)"))
        parser.add_argument("--output", help=_("write here instead of cms/demo/translations/<language>/"))

    def handle(self, *args, module: list[str], language: str, output: str | None, **options) -> None:
        if language not in content_language_codes() or language == default_content_language():
            raise CommandError(
                _("%(lang)s is not a language modules are translated into (choose from %(choices)s).")
                % {
                    "lang": language,
                    "choices": ", ".join(c for c in content_language_codes() if c != default_content_language()),
                }
            )
        by_slug = {spec.slug: spec for spec in MODULES}
        slugs = list(by_slug) if module == ["all"] else module
        unknown = [s for s in slugs if s not in by_slug]
        if unknown:
            raise CommandError(
                _("No demo module %(slugs)s. Demo modules: %(known)s")
                % {"slugs": ", ".join(unknown), "known": ", ".join(by_slug)}
            )
        if output and len(slugs) > 1:
            raise CommandError(_("--output takes one module at a time."))
        for slug in slugs:
            path = Path(output) if output else po_path(slug=slug, language=language)
            existing = polib.pofile(str(path)) if path.exists() else None
            po = po_template_build(pages=_pages(by_slug[slug]), language=language, existing=existing)
            path.parent.mkdir(parents=True, exist_ok=True)
            po.save(str(path))
            done = sum(1 for e in po if e.msgstr and not e.obsolete)
            total = sum(1 for e in po if not e.obsolete)
            self.stdout.write(
                _("%(path)s: %(done)d of %(total)d texts translated.") % {"path": path, "done": done, "total": total}
            )
