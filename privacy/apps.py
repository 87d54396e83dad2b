from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = _("Privacy")

    def ready(self) -> None:
        from . import checks, tasks  # noqa: F401 - checks register themselves

        post_migrate.connect(tasks.schedule_ensure, sender=self, dispatch_uid="privacy.schedule_ensure")
