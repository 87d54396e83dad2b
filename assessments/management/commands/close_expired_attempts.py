from django.core.management.base import BaseCommand

from assessments.services import attempts_close_expired


class Command(BaseCommand):
    help = "Close and grade attempts whose time limit (and grace period) has passed."

    def handle(self, *args, **options):
        self.stdout.write(f"Closed {attempts_close_expired()} attempts.")
