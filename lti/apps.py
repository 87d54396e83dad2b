from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class LtiConfig(AppConfig):
    name = "lti"
    verbose_name = _("LTI tool")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # assessments announces graded attempts; it imports nothing of ours (ADR 0173).
        from assessments.signals import attempt_graded

        from . import tasks
        from .scores import on_attempt_graded

        # A score whose queueing failed (broker down) is sent by this scheduled sweep.
        post_migrate.connect(tasks.schedule_ensure, sender=self, dispatch_uid="lti.schedule_ensure")

        attempt_graded.connect(on_attempt_graded, dispatch_uid="lti.scores.on_attempt_graded")
