import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from assessments.demo.pools import POOLS
from assessments.demo.translations import (
    COMMON,
    common_entries,
    po_path,
    po_template_build,
    pool_entries,
    pool_file_name,
)


class Command(BaseCommand):
    help = _(
        "Write or update the PO files a translator fills for the demo question pools "
        "(assessments/demo/translations/<language>/<pool>.po). Translations already in the files are kept."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--language", required=True, help=_("target language code, such as fr"))

    def handle(self, *args, language: str, **options) -> None:
        choices = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE.split("-")[0]]
        if language not in choices:
            raise CommandError(
                _("%(lang)s is not a language questions are translated into (choose from %(choices)s).")
                % {"lang": language, "choices": ", ".join(choices)}
            )
        files = [(COMMON, common_entries())] + [(pool_file_name(p), pool_entries(p)) for p in POOLS]
        for name, entries in files:
            path = po_path(name=name, language=language)
            existing = polib.pofile(str(path)) if path.exists() else None
            po = po_template_build(entries=entries, language=language, existing=existing)
            path.parent.mkdir(parents=True, exist_ok=True)
            po.save(str(path))
            done = sum(1 for e in po if e.msgstr)
            self.stdout.write(
                _("%(path)s: %(done)d of %(total)d texts translated.") % {"path": path, "done": done, "total": len(po)}
            )
