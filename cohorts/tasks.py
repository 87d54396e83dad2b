"""django-q tasks: long exports, and the daily purge of exports older than 7 days."""

PURGE_SCHEDULE_NAME = "cohorts: delete old report exports"


def export_build_task(export_id: int) -> str:
    from .services.exports import export_build

    return export_build(export_id=export_id).status


def exports_purge_task() -> int:
    from .services.exports import exports_purge

    return exports_purge()


def schedule_ensure(sender, **kwargs) -> None:
    """post_migrate: the purge schedule exists exactly once."""
    from django_q.models import Schedule

    Schedule.objects.update_or_create(
        name=PURGE_SCHEDULE_NAME,
        defaults={"func": "cohorts.tasks.exports_purge_task", "schedule_type": Schedule.DAILY, "repeats": -1},
    )
