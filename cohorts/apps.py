from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Cohorts and reports")

    def ready(self) -> None:
        from . import tasks

        post_migrate.connect(tasks.schedule_ensure, sender=self, dispatch_uid="cohorts.schedule_ensure")

        # Certificates may not import cohorts: we tell it whose certificates a trainer may ask about (ADR 0113).
        from certificates.scope import teacher_scope_register

        from .permissions import teachers_trained_ids

        teacher_scope_register("cohorts", teachers_trained_ids)

        # Nor may assessments: we tell it whose uploaded files a trainer may read.
        from assessments.permissions import trainer_of_register

        from .permissions import trains_teacher

        trainer_of_register("cohorts", trains_teacher)
