"""Retention periods, enforced every day by the task queue (ADR 0152).

- personal data exports: PRIVACY_EXPORT_DAYS after they are ready (rows and files);
- sign-in sessions: expired ones, and any older than PRIVACY_SESSION_DAYS (a "remember me" cannot outlive it);
- the task queue's log of finished tasks (their arguments name users): PRIVACY_TASK_LOG_DAYS;
- the audit log: AUDIT_RETENTION_YEARS (the database itself refuses to delete a younger event, audit.triggers).
- what another app keeps for a period of its own: its `personal_data.purge` (privacy.registry), as uploaded teacher
  lists, PRIVACY_BULK_IMPORT_DAYS (enrolment).
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from audit.services import audit_purge
from audit.triggers import FLOOR_YEARS

from ..registry import personal_data_parts
from .exports import data_exports_purge


def retention_enforce(*, now=None) -> dict[str, int]:
    """Delete what has outlived its period; returns how many of each. Safe to run again at any time."""
    now = now or timezone.now()
    done = {"data_exports": data_exports_purge(now=now)}
    # A session's expiry is its creation (or last "remember me" renewal) plus SESSION_COOKIE_AGE.
    session_cutoff = (
        now - timedelta(days=settings.PRIVACY_SESSION_DAYS) + timedelta(seconds=settings.SESSION_COOKIE_AGE)
    )
    done["sessions"] = Session.objects.filter(expire_date__lt=max(now, session_cutoff)).delete()[0]
    done["task_log"] = _task_log_purge(before=now - timedelta(days=settings.PRIVACY_TASK_LOG_DAYS))
    years = max(settings.AUDIT_RETENTION_YEARS, FLOOR_YEARS)  # the database refuses younger (checks.py warns)
    done["audit_events"] = audit_purge(before=_years_before(now, years))
    for part in personal_data_parts():
        done.update(part.purge(now=now))
    return done


def _task_log_purge(*, before) -> int:
    from django_q.models import Task

    return Task.objects.filter(stopped__lt=before).delete()[0]


def _years_before(moment, years: int):
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - years, day=28)
