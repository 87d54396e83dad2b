"""Delivery when the LRS is down, refuses, fails or hangs: nothing is lost, nothing is sent twice."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.support.broken_lrs import BrokenLRS
from tests.support.ralph.server import RalphLRS, free_port
from xapi.models import OutboxStatement, OutboxStatus
from xapi.services import outbox_retry_failed, outbox_send_pending

from .conftest import agent_of, point_at

NOTHING = {"sent": 0, "failed": 0, "retry": 0}


@pytest.fixture
def lrs_down(settings, tmp_path):
    """An LRS whose port is closed for now: started by the test when it is "back up"."""
    lrs = RalphLRS(tmp_path / "ralph", port=free_port())
    point_at(settings, endpoint=lrs.endpoint)
    yield lrs
    lrs.stop()


def _rows(user) -> list[OutboxStatement]:
    return list(OutboxStatement.objects.filter(user=user).order_by("pk"))


def test_lrs_down_keeps_statements_pending_then_sends_each_once_when_it_is_back(lrs_down, passed_attempt):
    teacher = passed_attempt.user
    assert outbox_send_pending() == {"sent": 0, "failed": 0, "retry": 3}
    rows = _rows(teacher)
    assert [r.status for r in rows] == ["pending"] * 3
    assert all(r.attempts == 1 and "ConnectionError" in r.last_error for r in rows)

    lrs_down.start()
    assert outbox_send_pending() == NOTHING  # the backoff is respected: not due yet
    due = max(r.next_attempt_at for r in rows) + timedelta(seconds=1)
    assert outbox_send_pending(now=due)["sent"] == 3, list(OutboxStatement.objects.values_list("last_error", flat=True))
    assert outbox_send_pending(now=due + timedelta(hours=1)) == NOTHING

    statements = lrs_down.statements(agent=agent_of(teacher))
    assert sorted(s["id"] for s in statements) == sorted(str(r.statement_id) for r in rows)
    assert all(r.status == "sent" and r.sent_at for r in _rows(teacher))


def test_an_lrs_answering_500_is_tried_again_later_with_a_longer_wait(settings, lrs, passed_attempt):
    teacher = passed_attempt.user
    with BrokenLRS("500") as broken:
        point_at(settings, endpoint=broken.endpoint)
        assert outbox_send_pending() == {"sent": 0, "failed": 0, "retry": 3}
        assert len(broken.received) == 1  # one batch, then the run stops rather than hammer a failing LRS
        first = _rows(teacher)
        assert all(r.status == "pending" and "HTTP 500" in r.last_error for r in first)
        later = max(r.next_attempt_at for r in first) + timedelta(seconds=1)
        outbox_send_pending(now=later)
        second = _rows(teacher)
    waits = [
        (b.next_attempt_at - later) > (a.next_attempt_at - a.created_at) for a, b in zip(first, second, strict=True)
    ]
    assert all(waits) and all(r.attempts == 2 for r in second)
    sent = broken.received[0]
    assert sent["path"] == "/xAPI/statements"
    assert sent["headers"]["X-Experience-API-Version"] == "1.0.3"
    assert sent["headers"]["Authorization"].startswith("Basic ")


def test_an_lrs_answering_400_marks_each_statement_failed_with_the_reason(settings, lrs, passed_attempt):
    teacher = passed_attempt.user
    with BrokenLRS("400") as broken:
        point_at(settings, endpoint=broken.endpoint)
        assert outbox_send_pending() == {"sent": 0, "failed": 3, "retry": 0}
        # The batch, then each statement alone: one bad statement must not hold back the others.
        assert [len(r["body"]) for r in broken.received] == [3, 1, 1, 1]
    rows = _rows(teacher)
    assert all(r.status == "failed" and "HTTP 400" in r.last_error and "broken LRS" in r.last_error for r in rows)
    assert outbox_send_pending() == NOTHING  # refused rows wait for an administrator

    assert outbox_retry_failed() == 3
    assert all(r.status == "pending" for r in _rows(teacher))


def test_wrong_credentials_are_not_the_statements_fault(settings, lrs, passed_attempt):
    with BrokenLRS("401") as broken:
        point_at(settings, endpoint=broken.endpoint)
        assert outbox_send_pending() == {"sent": 0, "failed": 0, "retry": 3}
    assert {r.status for r in _rows(passed_attempt.user)} == {"pending"}


def test_an_lrs_that_never_answers_costs_one_timeout_and_the_statements_wait(settings, lrs, passed_attempt):
    with BrokenLRS("hang") as broken:
        point_at(settings, endpoint=broken.endpoint)
        settings.XAPI_TIMEOUT = 0.5
        assert outbox_send_pending() == {"sent": 0, "failed": 0, "retry": 3}
        assert len(broken.received) == 1
    rows = _rows(passed_attempt.user)
    assert all(r.status == "pending" and "Timeout" in r.last_error for r in rows)


def test_a_statement_ralph_refuses_is_failed_and_the_rest_of_the_batch_is_sent(lrs, passed_attempt):
    teacher = passed_attempt.user
    bad = OutboxStatement.objects.get(user=teacher, verb="mastered")
    bad.payload = {**bad.payload, "actor": {"objectType": "Agent"}}  # no identifier: as a builder bug might
    bad.save(update_fields=["payload"])

    assert outbox_send_pending() == {"sent": 2, "failed": 1, "retry": 0}, list(
        OutboxStatement.objects.values_list("last_error", flat=True)
    )

    bad.refresh_from_db()
    assert bad.status == OutboxStatus.FAILED and bad.last_error.startswith(("HTTP 400", "HTTP 422"))
    held = {s["id"] for s in lrs.statements(agent=agent_of(teacher))}
    assert held == {str(r.statement_id) for r in _rows(teacher) if r.status == "sent"}
    assert len(held) == 2


def test_a_statement_the_lrs_already_holds_counts_as_sent(lrs, passed_attempt):
    """Ralph answers 409 to an id it holds with other content (a resend after the builder changed): it is sent."""
    teacher = passed_attempt.user
    outbox_send_pending()
    row = OutboxStatement.objects.get(user=teacher, verb="passed")
    OutboxStatement.objects.filter(pk=row.pk).update(
        status=OutboxStatus.PENDING,
        sent_at=None,
        payload={**row.payload, "timestamp": (timezone.now() - timedelta(days=1)).isoformat()},
    )

    assert outbox_send_pending() == {"sent": 1, "failed": 0, "retry": 0}
    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT and "HTTP 409" in row.last_error
    assert [s["id"] for s in lrs.statements(statementId=str(row.statement_id))] == [str(row.statement_id)]
