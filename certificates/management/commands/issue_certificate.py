from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from certificates.models import Certificate
from certificates.services import CertificateError, certificate_issue
from competency.models import Level


class Command(BaseCommand):
    help = "Issue a teacher's certificate for a level they attained (or, with --force, by hand). Prints the code."

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, help="username of the holder")
        parser.add_argument("--framework", required=True, help="framework slug, e.g. ictcft-v3")
        parser.add_argument("--level", required=True, help="level code, e.g. KA")
        parser.add_argument(
            "--force", action="store_true", help="issue even if the level is not attained (recorded as manual)"
        )

    def handle(self, *args, user, framework, level, force, **options):
        holder = get_user_model().objects.filter(username=user).first()
        if holder is None:
            raise CommandError(f"No user named {user!r}.")
        found = Level.objects.select_related("framework").filter(framework__slug=framework, code=level).first()
        if found is None:
            raise CommandError(f"No level {level!r} in framework {framework!r}.")
        before = Certificate.objects.filter(user=holder, level=found, is_current=True).values_list("pk", flat=True)
        existed = set(before)
        try:
            certificate = certificate_issue(user=holder, level=found, manual=force)
        except CertificateError as exc:
            raise CommandError(f"{exc} Use --force to issue it by hand.") from exc
        if certificate.pk in existed:
            self.stderr.write(f"{user} already holds a current {level} certificate; its code is:")
        self.stdout.write(certificate.code)
