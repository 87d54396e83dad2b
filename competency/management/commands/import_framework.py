from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from competency.interchange import FORMATS, InterchangeError, decode_upload, framework_import


class Command(BaseCommand):
    help = _(
        "Import a Moodle competency CSV or CASE 1.0 JSON file: a newer file of a framework already here "
        "updates it in place (matched by identifier, records kept); any other file makes a new framework. "
        "All or nothing: on any error nothing is written."
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        # Our --version (the new framework's) replaces Django's --version (the Django release).
        return super().create_parser(prog_name, subcommand, conflict_handler="resolve", **kwargs)

    def add_arguments(self, parser) -> None:
        parser.add_argument("file")
        parser.add_argument("--format", dest="fmt", choices=sorted(FORMATS), required=True)
        parser.add_argument(
            "--slug",
            default="",
            help=_("Slug (default: the file's); another slug than the matched framework's makes a copy."),
        )
        parser.add_argument("--version", dest="fw_version", default="", help=_("Version (default: the file's)."))
        parser.add_argument("--name", default="", help=_("Name (default: the file's)."))

    def handle(self, *args, file: str, fmt: str, slug: str, fw_version: str, name: str, **options) -> None:
        try:
            raw = Path(file).read_bytes()
        except OSError as exc:
            raise CommandError(_("Cannot read %(file)s: %(error)s") % {"file": file, "error": exc}) from exc
        try:
            framework = framework_import(content=decode_upload(raw), fmt=fmt, slug=slug, version=fw_version, name=name)
        except InterchangeError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            _(
                "Imported %(slug)s (%(fw)s): %(levels)d levels, %(aspects)d aspects, %(comps)d competencies, "
                "%(objs)d objectives."
            )  # fmt: skip
            % {
                "slug": framework.slug,
                "fw": framework,
                "levels": framework.levels.count(),
                "aspects": framework.aspects.count(),
                "comps": framework.competencies.count(),
                "objs": framework.objectives.count(),
            }
        )
