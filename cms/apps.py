from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self) -> None:
        from . import tasks

        post_migrate.connect(tasks.schedule_ensure, sender=self, dispatch_uid="cms.schedule_ensure")
