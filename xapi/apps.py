from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class XapiConfig(AppConfig):
    name = "xapi"
    verbose_name = _("xAPI statements")

    def ready(self) -> None:
        from . import receivers

        post_migrate.connect(receivers.schedule_ensure, sender=self, dispatch_uid="xapi.schedule_ensure")
