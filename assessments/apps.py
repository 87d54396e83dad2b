from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self) -> None:
        from . import tasks

        post_migrate.connect(tasks.schedule_ensure, sender=self, dispatch_uid="assessments.schedule_ensure")
