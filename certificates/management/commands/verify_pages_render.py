from django.core.management.base import BaseCommand

from certificates.services.page_content import (
    QUEUE_CHUNK,
    verify_content_generation,
    verify_contents_queue,
    verify_contents_render_all,
)


class Command(BaseCommand):
    help = (
        "Render the verification page content of every certificate that has none up to date in each language (after "
        "a deploy that changed templates or translations, say), newest first: here (about 6 ms a certificate), or "
        "shared by the task workers with --queue. The task worker also looks through part of the table every five "
        "minutes; until then such pages are rendered as they are visited (ADR 0210)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500, help="certificates rendered per transaction batch")
        parser.add_argument(
            "--queue", action="store_true", help="queue the work for the task workers (every host's) instead"
        )
        parser.add_argument("--chunk", type=int, default=QUEUE_CHUNK, help="certificate ids per queued task")

    def handle(self, *args, batch=500, queue=False, chunk=QUEUE_CHUNK, **options):
        generation = verify_content_generation()
        if queue:
            tasks = verify_contents_queue(chunk=max(1, chunk))
            self.stdout.write(f"{tasks} task(s) queued for the task workers (generation {generation}).")
            return
        total = verify_contents_render_all(
            batch=max(1, batch), progress=lambda done: self.stdout.write(f"{done} certificate(s) rendered so far")
        )
        self.stdout.write(f"Verification pages up to date ({total} rendered; generation {generation}).")
