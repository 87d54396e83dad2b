from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    demo_loader = "certificates.demo.certificates_demo_ensure"

    def ready(self) -> None:
        from . import checks, receivers  # noqa: F401 - checks registers itself
        from .pdf import checks as font_checks  # noqa: F401 (registers the font check)

        post_migrate.connect(receivers.schedule_ensure, sender=self, dispatch_uid="certificates.schedule_ensure")
