from django.core.management.base import BaseCommand

from certificates.services.page_content import verify_content_generation, verify_contents_render_all


class Command(BaseCommand):
    help = (
        "Render the verification page content of every certificate that has none up to date in each language (after "
        "a deploy that changed templates or translations, say), newest first. The task worker looks through part of "
        "the table every five minutes; until then such pages are rendered as they are visited (ADR 0210)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500, help="certificates rendered per transaction batch")

    def handle(self, *args, batch=500, **options):
        total = verify_contents_render_all(
            batch=max(1, batch), progress=lambda done: self.stdout.write(f"{done} certificate(s) rendered so far")
        )
        generation = verify_content_generation()
        self.stdout.write(f"Verification pages up to date ({total} rendered; generation {generation}).")
