from django.core.management.base import BaseCommand, CommandError

from certificates.models import RequestKind
from certificates.selectors import certificate_lookup
from certificates.services import CertificateError, certificate_request_create

from ._four_eyes import approve_if_asked, four_eyes_arguments, requester_and_reason


class Command(BaseCommand):
    help = (
        "Revoke a certificate by its verification code, with four eyes: --requested-by USER --reason TEXT asks, "
        "--approved-by OFFICER (another certification officer) approves at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("code")
        four_eyes_arguments(parser)

    def handle(self, *args, code, requested_by, approved_by, reason, **options):
        requester, why = requester_and_reason(requested_by=requested_by, reason=reason)
        lookup = certificate_lookup(raw=code)
        if lookup.error:
            raise CommandError(lookup.error)
        if lookup.certificate is None:
            raise CommandError(f"No certificate with code {lookup.code}.")
        certificate = lookup.certificate
        try:
            request = certificate_request_create(
                requester=requester,
                kind=RequestKind.REVOKE,
                teacher=certificate.user,
                level=certificate.level,
                certificate=certificate,
                reason=why,
            )
        except CertificateError as exc:
            raise CommandError(str(exc)) from exc
        revoked = approve_if_asked(self, request=request, approved_by=approved_by)
        if revoked is not None:
            self.stdout.write(f"{revoked.code} revoked on {revoked.revoked_at:%Y-%m-%d}: {revoked.revoke_reason}")
