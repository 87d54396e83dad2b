"""django-q tasks: e-mails, the daily digest, and the reminder three days before a cohort's due date."""

DIGEST_SCHEDULE_NAME = "notifications: daily digest e-mails"
DUE_SOON_SCHEDULE_NAME = "notifications: cohort due dates in 3 days"


def notification_email_task(notification_id: int) -> bool:
    from .emails import notification_email_send

    return notification_email_send(notification_id=notification_id)


def digest_task() -> int:
    from .emails import digests_send

    return digests_send()


def due_soon_task() -> int:
    from .receivers import cohorts_due_soon_notify

    return cohorts_due_soon_notify()


def schedule_ensure(sender, **kwargs) -> None:
    """post_migrate: each schedule exists exactly once."""
    from django_q.models import Schedule

    for name, func in (
        (DIGEST_SCHEDULE_NAME, "notifications.tasks.digest_task"),
        (DUE_SOON_SCHEDULE_NAME, "notifications.tasks.due_soon_task"),
    ):
        Schedule.objects.update_or_create(
            name=name, defaults={"func": func, "schedule_type": Schedule.DAILY, "repeats": -1}
        )
