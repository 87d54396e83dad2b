from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from . import receivers, tasks

        post_migrate.connect(tasks.schedule_ensure, sender=self, dispatch_uid="notifications.schedule_ensure")
        receivers.connect()
