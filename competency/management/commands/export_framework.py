from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from competency.interchange import FORMATS, InterchangeError, framework_export
from competency.models import Framework


class Command(BaseCommand):
    help = _("Export a competency framework as Moodle competency CSV or 1EdTech CASE 1.0 JSON.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug", help=_("The framework's slug, e.g. ictcft-v3."))
        parser.add_argument("--format", dest="fmt", choices=sorted(FORMATS), required=True)
        parser.add_argument("-o", "--output", help=_("File to write; standard output when omitted."))

    def handle(self, *args, slug: str, fmt: str, output: str | None, **options) -> None:
        framework = Framework.objects.filter(slug=slug).first()
        if framework is None:
            raise CommandError(_("No framework with slug %(slug)s.") % {"slug": slug})
        try:
            text = framework_export(framework=framework, fmt=fmt)
        except InterchangeError as exc:
            raise CommandError(str(exc)) from exc
        if output:
            Path(output).write_text(text, encoding="utf-8")
            self.stderr.write(_("Wrote %(path)s.") % {"path": output})
        else:
            self.stdout.write(text, ending="")
