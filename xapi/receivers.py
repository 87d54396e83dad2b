"""Hearing the events through the post_save signal each app already sends inside the event's transaction (ADR 0175).

competency's own `level_attained` fires after the commit, which is too late for an outbox: a crash between the
commit and our write would lose the statement. post_save fires within the transaction, so the statement is
committed or rolled back with the event. The lower apps import nothing of xapi; keys make repeats harmless.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from . import events
from .services import xapi_enabled

logger = logging.getLogger(__name__)


def _record(event, instance) -> None:
    if not xapi_enabled():
        return
    try:
        with transaction.atomic():  # a savepoint: a fault here costs the statement, never the teacher's action
            event(instance)
    except Exception:
        logger.exception("xAPI statement not queued for %s %s", type(instance).__name__, instance.pk)


@receiver(post_save, sender="cms.LessonCompletion", dispatch_uid="xapi.lesson_completed")
def lesson_completed(sender, instance, created, raw=False, **kwargs) -> None:
    if created and not raw:
        _record(events.lesson_completed, instance)


@receiver(post_save, sender="assessments.Attempt", dispatch_uid="xapi.attempt_saved")
def attempt_saved(sender, instance, raw=False, **kwargs) -> None:
    if raw or instance.closed_at is None:
        return
    _record(events.attempt_closed, instance)
    if instance.status == "graded" and instance.passed is not None and instance.graded_at is not None:
        _record(events.attempt_graded, instance)


@receiver(post_save, sender="competency.CompetencyMastery", dispatch_uid="xapi.mastery_saved")
def mastery_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw and instance.status == "mastered" and instance.mastered_at is not None:
        _record(events.competency_mastered, instance)


@receiver(post_save, sender="competency.LevelAttainment", dispatch_uid="xapi.level_attained")
def attainment_saved(sender, instance, created, raw=False, **kwargs) -> None:
    if created and not raw:
        _record(events.level_attained, instance)


@receiver(post_save, sender="certificates.Certificate", dispatch_uid="xapi.certificate_saved")
def certificate_saved(sender, instance, created, raw=False, **kwargs) -> None:
    if raw:
        return
    if created:
        _record(events.certificate_issued, instance)
    if instance.revoked_at is not None:
        _record(events.certificate_revoked, instance)


def schedule_ensure(sender, **kwargs) -> None:
    """post_migrate: the minute schedule that sends what is due (retries after backoff) exists exactly once."""
    from django_q.models import Schedule

    Schedule.objects.update_or_create(
        name="xapi: send statements",
        defaults={
            "func": "xapi.tasks.xapi_send_pending_task",
            "schedule_type": Schedule.MINUTES,
            "minutes": 1,
            "repeats": -1,
        },
    )
