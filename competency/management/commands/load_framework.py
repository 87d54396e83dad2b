import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from competency.services import FrameworkLoadError, framework_load, framework_translations_load

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"


I18N_SUFFIX = ".i18n"


def available() -> list[str]:
    # `<slug>.i18n.json` beside `<slug>.json` holds the names in other languages, not a framework.
    return sorted(p.stem for p in DATA_DIR.glob("*.json") if not p.stem.endswith(I18N_SUFFIX))


def _read(slug: str) -> dict:
    return json.loads((DATA_DIR / f"{slug}.json").read_text(encoding="utf-8"))


class Command(BaseCommand):
    help = _("Load or update a bundled competency framework (idempotent), e.g. ictcft-v3.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug", help=_("One of: %s") % ", ".join(available()))

    def handle(self, *args, slug: str, **options) -> None:
        if slug not in available():
            raise CommandError(
                _("Unknown framework %(slug)s; available: %(list)s") % {"slug": slug, "list": ", ".join(available())}
            )
        try:
            result = framework_load(data=_read(slug))
            if (DATA_DIR / f"{slug}{I18N_SUFFIX}.json").is_file():
                framework_translations_load(data=_read(f"{slug}{I18N_SUFFIX}"))
            # Older versions whose crosswalk points at this one can link now that it exists.
            for other in available():
                data = _read(other)
                if other != slug and data.get("crosswalk", {}).get("target") == slug:
                    from competency.models import Framework

                    if Framework.objects.filter(slug=other).exists():
                        framework_load(data=data)
        except FrameworkLoadError as exc:
            raise CommandError(str(exc)) from exc
        fw = result.framework
        self.stdout.write(
            _(
                "Loaded %(fw)s: %(levels)d levels, %(aspects)d aspects, %(comps)d competencies, "
                "%(objs)d objectives (%(summary)s)"
            )
            % {
                "fw": fw.slug,
                "levels": fw.levels.count(),
                "aspects": fw.aspects.count(),
                "comps": fw.competencies.count(),
                "objs": fw.objectives.count(),
                "summary": result.summary(),
            }
        )
