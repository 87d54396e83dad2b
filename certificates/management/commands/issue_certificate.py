from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from certificates.models import Certificate, RequestKind
from certificates.services import CertificateError, certificate_issue, certificate_request_create
from competency.models import Level, LevelAttainment

from ._four_eyes import approve_if_asked, four_eyes_arguments, requester_and_reason


class Command(BaseCommand):
    help = (
        "Issue a teacher's certificate for a level they attained; prints the code. For a level not attained, ask "
        "with --requested-by and --reason, and approve with --approved-by (another certification officer)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, help="username of the holder")
        parser.add_argument("--framework", required=True, help="framework slug, e.g. ictcft-v3")
        parser.add_argument("--level", required=True, help="level code, e.g. KA")
        four_eyes_arguments(parser)

    def handle(self, *args, user, framework, level, requested_by, approved_by, reason, **options):
        holder = get_user_model().objects.filter(username=user).first()
        if holder is None:
            raise CommandError(f"No user named {user!r}.")
        found = Level.objects.select_related("framework").filter(framework__slug=framework, code=level).first()
        if found is None:
            raise CommandError(f"No level {level!r} in framework {framework!r}.")
        existed = set(
            Certificate.objects.filter(user=holder, level=found, is_current=True).values_list("pk", flat=True)
        )
        if LevelAttainment.objects.filter(user=holder, level=found).exists() or existed:
            # Earned (or already held): the automatic path, which needs nobody's approval.
            try:
                certificate = certificate_issue(user=holder, level=found)
            except CertificateError as exc:
                raise CommandError(str(exc)) from exc
            if certificate.pk in existed:
                self.stderr.write(f"{user} already holds a current {level} certificate; its code is:")
            self.stdout.write(certificate.code)
            return
        if not requested_by:
            raise CommandError(
                f"{user} has not attained level {level}. To issue it by hand, give --requested-by USER and "
                "--reason TEXT (and --approved-by OFFICER): another person must approve."
            )
        requester, why = requester_and_reason(requested_by=requested_by, reason=reason)
        try:
            request = certificate_request_create(
                requester=requester, kind=RequestKind.ISSUE, teacher=holder, level=found, reason=why
            )
        except CertificateError as exc:
            raise CommandError(str(exc)) from exc
        certificate = approve_if_asked(self, request=request, approved_by=approved_by)
        if certificate is not None:
            self.stdout.write(certificate.code)
