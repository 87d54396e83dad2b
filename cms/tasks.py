"""Background work (django-q) for content."""

PUBLISH_SCHEDULE_NAME = "cms: publish scheduled pages"


def pages_publish_scheduled_task() -> None:
    """Wagtail's scheduled publishing only happens when `publish_scheduled` runs: the worker runs it every minute."""
    from django.core.management import call_command

    call_command("publish_scheduled", verbosity=0)


def schedule_ensure(sender, **kwargs) -> None:
    """post_migrate: the schedule exists exactly once, so "Go live at" works without a cron job."""
    from django_q.models import Schedule

    Schedule.objects.update_or_create(
        name=PUBLISH_SCHEDULE_NAME,
        defaults={
            "func": "cms.tasks.pages_publish_scheduled_task",
            "schedule_type": Schedule.MINUTES,
            "minutes": 1,
            "repeats": -1,
        },
    )
