"""Retention periods enforced by the daily task; the task is called directly here (ADR 0152)."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django_q.models import Schedule, Task

from audit.models import AuditEvent
from privacy.models import DataExport
from privacy.tasks import RETENTION_SCHEDULE_NAME, retention_enforce_task


def _aged(years: float) -> AuditEvent:
    return AuditEvent.objects.create(action="test.event", at=timezone.now() - timedelta(days=365.25 * years))


def test_the_schedule_exists_once(db):
    assert Schedule.objects.filter(name=RETENTION_SCHEDULE_NAME).count() == 1
    from privacy.tasks import schedule_ensure

    schedule_ensure(sender=None)
    assert (
        Schedule.objects.filter(name=RETENTION_SCHEDULE_NAME, func="privacy.tasks.retention_enforce_task").count() == 1
    )


def test_old_exports_sessions_and_task_log_go_recent_ones_stay(db, teacher, settings):
    now = timezone.now()
    old = DataExport.objects.create(user=teacher, status="ready", expires_at=now - timedelta(minutes=1))
    fresh = DataExport.objects.create(user=teacher, status="ready", expires_at=now + timedelta(days=3))
    # Sessions last a year ("remember me"); each still ends PRIVACY_SESSION_DAYS (90) after it began.
    settings.SESSION_COOKIE_AGE = 365 * 24 * 3600
    Session.objects.create(session_key="a" * 32, session_data="x", expire_date=now - timedelta(days=1))  # expired
    Session.objects.create(session_key="b" * 32, session_data="x", expire_date=now + timedelta(days=300))  # 65 days
    Session.objects.create(session_key="c" * 32, session_data="x", expire_date=now + timedelta(days=200))  # 165 days
    for name, days in (("old", 100), ("new", 3)):
        Task.objects.create(
            id=name * 4, name=name, func="x", started=now - timedelta(days=days), stopped=now - timedelta(days=days)
        )
    done = retention_enforce_task()
    assert done["data_exports"] == 1 and done["sessions"] == 2 and done["task_log"] == 1
    assert list(DataExport.objects.all()) == [fresh] and old.pk not in DataExport.objects.values_list("pk", flat=True)
    assert list(Session.objects.values_list("session_key", flat=True)) == ["b" * 32]
    assert list(Task.objects.values_list("name", flat=True)) == ["new"]


def test_audit_events_go_after_their_years_and_not_before(db, settings):
    settings.AUDIT_RETENTION_YEARS = 6
    seven, five_and_a_half, four = _aged(7), _aged(5.5), _aged(4)
    retention_enforce_task()
    assert set(AuditEvent.objects.values_list("pk", flat=True)) == {five_and_a_half.pk, four.pk}
    # A setting below the database's floor (5 years) deletes nothing younger than the floor.
    settings.AUDIT_RETENTION_YEARS = 1
    retention_enforce_task()
    assert set(AuditEvent.objects.values_list("pk", flat=True)) == {four.pk}
    assert seven.pk


def test_the_database_refuses_to_delete_a_young_event_even_in_raw_sql(db):
    young = _aged(2)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [young.pk])
    old = _aged(5.2)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [old.pk])
    assert not AuditEvent.objects.filter(pk=old.pk).exists()
