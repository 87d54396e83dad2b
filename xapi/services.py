"""Writing statements to the outbox (in the event's transaction) and delivering them to the LRS (ADR 0175)."""

from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .client import Outcome, statements_post
from .models import LearnerAccount, OutboxStatement, OutboxStatus
from .statements import statement_id

# A sender holds the rows it posts this long; one that died mid-way lets them go after it (the LRS drops a repeat).
CLAIM_SECONDS = 300
BACKOFF_FIRST_SECONDS = 30
BACKOFF_MAX_SECONDS = 6 * 3600
KICK_KEY = "xapi:send-kicked"
KICK_SECONDS = 5


def xapi_enabled() -> bool:
    """No LRS configured: nothing is queued, nothing is sent."""
    return bool(settings.XAPI_ENDPOINT)


def learner_account_name(*, user) -> str:
    account, _created = LearnerAccount.objects.get_or_create(user=user)
    return str(account.name)


def outbox_statement_add(*, user, event_key: str, verb_name: str, build: Callable[[str], dict]) -> bool:
    """Queue the statement for `event_key` unless it is queued already; True when a row was added.

    Runs inside the caller's transaction: if the event rolls back, so does its statement. `build` receives the
    learner's account name and returns the statement, built now so it says what was true at the event.
    """
    if not xapi_enabled():
        return False
    account = learner_account_name(user=user)
    # The key is scoped by the learner's random account name: ids stay unique even across a database rebuilt from
    # scratch (row ids start again) that sends to the same LRS.
    event_key = f"{account}/{event_key}"
    sid = statement_id(event_key)
    if OutboxStatement.objects.filter(statement_id=sid).exists():
        return False
    payload = {"id": str(sid), **build(account)}
    row = OutboxStatement(statement_id=sid, event_key=event_key[:200], verb=verb_name, user=user, payload=payload)
    # ignore_conflicts: a concurrent writer of the same event wins quietly, and this transaction stays usable.
    created = OutboxStatement.objects.bulk_create([row], ignore_conflicts=True)
    transaction.on_commit(_kick)
    return bool(created)


def _kick() -> None:
    """Ask the task queue to send soon; at most one request per few seconds (the minute schedule does the rest)."""
    if not cache.add(KICK_KEY, 1, timeout=KICK_SECONDS):
        return
    from django_q.tasks import async_task

    async_task("xapi.tasks.xapi_send_pending_task", task_name="xapi-send")


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(BACKOFF_FIRST_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_MAX_SECONDS))


def _claim(*, now: datetime, size: int) -> list[OutboxStatement]:
    with transaction.atomic():
        rows = list(
            OutboxStatement.objects.select_for_update(skip_locked=True)
            .filter(status=OutboxStatus.PENDING, next_attempt_at__lte=now)
            .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
            .order_by("next_attempt_at", "pk")[:size]
        )
        OutboxStatement.objects.filter(pk__in=[r.pk for r in rows]).update(
            claimed_until=now + timedelta(seconds=CLAIM_SECONDS)
        )
    return rows


def _mark_sent(rows: list[OutboxStatement], *, detail: str) -> None:
    OutboxStatement.objects.filter(pk__in=[r.pk for r in rows]).update(
        status=OutboxStatus.SENT,
        sent_at=timezone.now(),
        claimed_until=None,
        attempts=F("attempts") + 1,
        last_error="" if detail.startswith(("HTTP 200", "HTTP 204")) else detail,
    )


def _mark_failed(row: OutboxStatement, *, detail: str) -> None:
    OutboxStatement.objects.filter(pk=row.pk).update(
        status=OutboxStatus.FAILED, claimed_until=None, attempts=F("attempts") + 1, last_error=detail
    )


def _mark_retry(rows: list[OutboxStatement], *, now: datetime, detail: str) -> None:
    for row in rows:  # each row keeps its own count: a row queued late does not inherit another's long wait
        OutboxStatement.objects.filter(pk=row.pk).update(
            claimed_until=None,
            attempts=F("attempts") + 1,
            next_attempt_at=now + backoff(row.attempts + 1),
            last_error=detail,
        )


def _deliver(rows: list[OutboxStatement], *, now: datetime, counts: dict[str, int]) -> bool:
    """Post `rows`; False when the LRS is unreachable or failing, so the run stops rather than hammer it."""
    answer = statements_post([r.payload for r in rows])
    if answer.outcome is Outcome.STORED:
        _mark_sent(rows, detail=answer.detail)
        counts["sent"] += len(rows)
    elif answer.outcome is Outcome.SPLIT:
        for row in rows:
            if not _deliver([row], now=now, counts=counts):
                rest = rows[rows.index(row) + 1 :]
                _mark_retry(rest, now=now, detail=answer.detail)
                counts["retry"] += len(rest)
                return False
    elif answer.outcome is Outcome.REFUSED:
        _mark_failed(rows[0], detail=answer.detail)
        counts["failed"] += 1
    else:
        _mark_retry(rows, now=now, detail=answer.detail)
        counts["retry"] += len(rows)
        return False
    return True


def outbox_send_pending(*, now: datetime | None = None, max_batches: int = 20) -> dict[str, int]:
    """Send what is due, a batch per request, until none is left, the LRS fails, or `max_batches` were sent."""
    counts = {"sent": 0, "failed": 0, "retry": 0}
    if not xapi_enabled():
        return counts
    now = now or timezone.now()
    for _ in range(max_batches):
        rows = _claim(now=now, size=settings.XAPI_BATCH_SIZE)
        if not rows or not _deliver(rows, now=now, counts=counts):
            break
    return counts


def outbox_retry_failed(*, ids: list[int] | None = None) -> int:
    """Put refused statements back in the queue (after the LRS or the statement builder was fixed)."""
    rows = OutboxStatement.objects.filter(status=OutboxStatus.FAILED)
    if ids is not None:
        rows = rows.filter(pk__in=ids)
    count = rows.update(status=OutboxStatus.PENDING, next_attempt_at=timezone.now(), attempts=0, claimed_until=None)
    if count:
        transaction.on_commit(_kick)
    return count
