"""The task queue sends the statements: right after the event's commit, and every minute for what waits."""

from django.core.cache import cache
from django_q.models import Schedule

from xapi.models import OutboxStatement, OutboxStatus

from .conftest import agent_of, lessons_of


def test_a_lesson_completed_reaches_the_lrs_through_the_task_queue_after_the_commit(
    lrs, french_teacher, make_module, django_capture_on_commit_callbacks
):
    from cms.services import lesson_complete

    lesson = lessons_of(make_module("xapi-queue", lessons=1))[0]
    cache.clear()  # the "kicked a moment ago" marker of an earlier test
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=french_teacher, lesson=lesson)

    # The tests' task queue runs tasks at once (sync): the commit queued the send, which ran.
    row = OutboxStatement.objects.get(user=french_teacher)
    assert row.status == OutboxStatus.SENT
    assert [s["id"] for s in lrs.statements(agent=agent_of(french_teacher))] == [str(row.statement_id)]


def test_a_minute_schedule_sends_what_waits(db):
    schedule = Schedule.objects.get(name="xapi: send statements")
    assert schedule.func == "xapi.tasks.xapi_send_pending_task"
    assert (schedule.schedule_type, schedule.minutes, schedule.repeats) == (Schedule.MINUTES, 1, -1)
