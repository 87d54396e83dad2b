from django.core.management.base import BaseCommand
from django.db.models import Q

from portfolio.models import Artefact, RenditionStatus
from portfolio.renditions import rendition_make
from portfolio.services import rendition_queue


class Command(BaseCommand):
    help = (
        "Queue a light version for every video and recording that has none (uploaded before light video, or failed: "
        "ffmpeg was missing, the file did not decode, it took too long). Safe to run again (ADR 0200)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="Make them here, one after the other, not on the worker."
        )

    def handle(self, *args, now=False, **options):
        media = Q(content_type__startswith="video/") | Q(content_type__startswith="audio/")
        waiting = Artefact.objects.filter(media).exclude(file="").exclude(rendition_status=RenditionStatus.READY)
        made = 0
        for artefact in waiting.order_by("pk").iterator():
            if now:
                made += rendition_make(artefact_id=artefact.pk) == RenditionStatus.READY
            else:
                Artefact.objects.filter(pk=artefact.pk).update(rendition_status=RenditionStatus.PENDING)
                rendition_queue(artefact)
                made += 1
        self.stdout.write(f"Light versions {'made' if now else 'queued'}: {made}.")
