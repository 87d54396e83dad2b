"""Background work (django-q): quiet reviewers' work goes to someone else after the item's set time."""

REASSIGN_SCHEDULE_NAME = "peerreview: re-assign overdue peer reviews"


def reviews_reassign_overdue_task() -> dict:
    from .services import reviews_reassign_overdue, submissions_collect

    submissions_collect()
    return reviews_reassign_overdue()


def schedule_ensure(sender, **kwargs) -> None:
    """post_migrate: the hourly re-assignment exists exactly once."""
    from django_q.models import Schedule

    Schedule.objects.update_or_create(
        name=REASSIGN_SCHEDULE_NAME,
        defaults={
            "func": "peerreview.tasks.reviews_reassign_overdue_task",
            "schedule_type": Schedule.HOURLY,
            "repeats": -1,
        },
    )
