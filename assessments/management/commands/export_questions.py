from django.core.management.base import BaseCommand

from assessments.importers.export import questions_export_result
from assessments.models import Question


class Command(BaseCommand):
    help = "Export the questions aligned to a competency as GIFT or Moodle XML (to stdout)."

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=["gift", "moodle-xml"])
        parser.add_argument("--competency", required=True, help="Competency code, e.g. KA.3")

    def handle(self, *args, format, competency, **options):
        questions = (
            Question.objects.filter(alignments__competency__code=competency)
            .distinct()
            .order_by("pk")
            .prefetch_related("options")
        )
        result = questions_export_result(questions=list(questions), fmt=format)
        self.stdout.write(result.text, ending="")
        for line in result.left_out_lines():  # never silently: what the format cannot carry is named
            self.stderr.write(line)
