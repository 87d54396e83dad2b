from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.importers import ImportFailed, questions_import


class Command(BaseCommand):
    help = "Import questions from a GIFT or Moodle XML file, aligned to one competency. All or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--format", required=True, choices=["gift", "moodle-xml"])
        parser.add_argument("--competency", required=True, help="Competency code, e.g. KA.3")

    def handle(self, *args, file, format, competency, **options):
        try:
            text = Path(file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {file}: {exc}") from exc
        try:
            created = questions_import(text=text, fmt=format, competency_code=competency)
        except ImportFailed as exc:
            for error in exc.errors:
                self.stderr.write(error)
            raise CommandError(f"Nothing imported: {len(exc.errors)} error(s).") from exc
        self.stdout.write(f"Imported {len(created)} questions.")
