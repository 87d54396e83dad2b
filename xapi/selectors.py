"""Reading the outbox for the administrators' page."""

from django.db.models import Count

from .models import OutboxStatement, OutboxStatus


def outbox_counts() -> dict[str, int]:
    counts = {status.value: 0 for status in OutboxStatus}
    for row in OutboxStatement.objects.values("status").annotate(n=Count("pk")).order_by():
        counts[row["status"]] = row["n"]
    return counts


def outbox_problems(*, limit: int = 50) -> list[OutboxStatement]:
    """Refused statements, then pending ones that have failed at least once: what an administrator acts on."""
    failed = list(OutboxStatement.objects.filter(status=OutboxStatus.FAILED).order_by("-pk")[:limit])
    waiting = OutboxStatement.objects.filter(status=OutboxStatus.PENDING, attempts__gt=0).order_by("next_attempt_at")
    return failed + list(waiting[: max(limit - len(failed), 0)])
