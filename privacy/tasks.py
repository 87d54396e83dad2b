"""django-q tasks: building a personal data export, and the daily retention sweep (ADR 0151, 0152)."""

RETENTION_SCHEDULE_NAME = "privacy: delete what has outlived its retention period"


def data_export_build_task(export_id: int) -> str:
    from .services.exports import data_export_build

    return data_export_build(export_id=export_id).status


def retention_enforce_task() -> dict:
    from .services.retention import retention_enforce

    return retention_enforce()


def schedule_ensure(sender, **kwargs) -> None:
    """post_migrate: the retention schedule exists exactly once."""
    from django_q.models import Schedule

    Schedule.objects.update_or_create(
        name=RETENTION_SCHEDULE_NAME,
        defaults={"func": "privacy.tasks.retention_enforce_task", "schedule_type": Schedule.DAILY, "repeats": -1},
    )
