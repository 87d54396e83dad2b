"""Background work (django-q): a task that raises is retried by the cluster (Q_CLUSTER retry, max_attempts)."""


def score_deliver_task(delivery_id: int) -> bool:
    from .scores import score_deliver

    return score_deliver(delivery_id=delivery_id)


RESEND_SCHEDULE_NAME = "lti.scores_resend_unsent"


def scores_resend_unsent_task() -> int:
    from .scores import scores_resend_unsent

    return scores_resend_unsent()


def schedule_ensure(sender, **kwargs) -> None:
    """post_migrate: the sweep of unsent scores runs every 5 minutes, scheduled exactly once."""
    from django_q.models import Schedule

    Schedule.objects.update_or_create(
        name=RESEND_SCHEDULE_NAME,
        defaults={
            "func": "lti.tasks.scores_resend_unsent_task",
            "schedule_type": Schedule.MINUTES,
            "minutes": 5,
            "repeats": -1,
        },
    )
