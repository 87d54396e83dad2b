from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Cohorts and reports")

    def ready(self) -> None:
        from . import tasks

        post_migrate.connect(tasks.schedule_ensure, sender=self, dispatch_uid="cohorts.schedule_ensure")
