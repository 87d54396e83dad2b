"""Background work (django-q)."""

CLOSE_SCHEDULE_NAME = "assessments: close expired attempts"


def attempts_close_expired_task() -> int:
    from .services import attempts_close_expired

    return attempts_close_expired()


def schedule_ensure(sender, **kwargs) -> None:
    """post_migrate: attempts whose time ran out are closed and graded even if the teacher never comes back."""
    from django_q.models import Schedule

    Schedule.objects.update_or_create(
        name=CLOSE_SCHEDULE_NAME,
        defaults={
            "func": "assessments.tasks.attempts_close_expired_task",
            "schedule_type": Schedule.MINUTES,
            "minutes": 1,
            "repeats": -1,
        },
    )
