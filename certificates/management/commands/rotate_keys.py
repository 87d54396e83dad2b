from django.core.management.base import BaseCommand
from wagtail.models import Site

from certificates.keys import keys_all, keys_rotate
from certificates.models import CertificateSettings


class Command(BaseCommand):
    help = (
        "Generate a new current issuer key set (Ed25519 for credentials, EC P-256 + certificate for PDFs) in "
        "CERTIFICATE_KEY_DIR. Older keys are retired but kept and published, so what they signed still verifies."
    )

    def add_arguments(self, parser):
        parser.add_argument("--issuer-name", help="name in the PDF signing certificate (default: the site setting)")

    def handle(self, *args, issuer_name=None, **options):
        if not issuer_name:
            site = Site.objects.filter(is_default_site=True).first()
            issuer_name = CertificateSettings.for_site(site).issuer_name if site else None
        key = keys_rotate(issuer_name=issuer_name)
        retired = sum(1 for other in keys_all() if other.retired)
        self.stdout.write(f"New current key {key.key_id} ({key.did}); {retired} retired key(s) still verify.")
