from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self) -> None:
        from . import tasks
        from .page_cache_signals import page_cache_signals_connect

        page_cache_signals_connect()

        post_migrate.connect(tasks.schedule_ensure, sender=self, dispatch_uid="cms.schedule_ensure")
