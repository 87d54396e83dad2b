from django.core.management.base import BaseCommand, CommandError

from certificates.selectors import certificate_lookup
from certificates.services import CertificateError, certificate_revoke


class Command(BaseCommand):
    help = "Revoke a certificate by its verification code."

    def add_arguments(self, parser):
        parser.add_argument("code")
        parser.add_argument("--reason", required=True)

    def handle(self, *args, code, reason, **options):
        lookup = certificate_lookup(raw=code)
        if lookup.error:
            raise CommandError(lookup.error)
        if lookup.certificate is None:
            raise CommandError(f"No certificate with code {lookup.code}.")
        try:
            certificate = certificate_revoke(certificate=lookup.certificate, reason=reason)
        except CertificateError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"{certificate.code} revoked on {certificate.revoked_at:%Y-%m-%d}: {certificate.revoke_reason}"
        )
