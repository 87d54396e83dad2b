"""Reacting to competency events: certificates learn of attainment only through level_attained."""

import logging

from django.db.models.signals import post_save
from django.dispatch import receiver

from competency.signals import level_attained

logger = logging.getLogger(__name__)

REMINDER_SCHEDULE_NAME = "certificates: expiry reminders"
PENDING_SCHEDULE_NAME = "certificates: issue pending"
PAGES_SCHEDULE_NAME = "certificates: verification pages"


@receiver(post_save, sender="certificates.Certificate", dispatch_uid="certificates.verify_page_forget")
def forget_verify_page(sender, instance, **kwargs) -> None:
    # Any save (issue, revoke, a fix made in a shell) drops the cached verification pages of that code, and those of
    # the holder's other certificates of the level: their history links show this one's status (ADR 0113).
    from .page_cache import verify_page_forget

    siblings = sender.objects.filter(user_id=instance.user_id, level_id=instance.level_id).values_list(
        "code", flat=True
    )
    for code in {instance.code, *siblings}:
        verify_page_forget(code=code)


@receiver(level_attained, dispatch_uid="certificates.issue_on_level_attained")
def issue_on_level_attained(sender, attainment, **kwargs) -> None:
    from django_q.tasks import async_task

    # Queued rather than done inline: signing and drawing the PDF must not slow the exam submission.
    async_task("certificates.tasks.certificate_issue_task", attainment.pk, task_name=f"certificate-{attainment.pk}")


def schedule_ensure(sender, **kwargs) -> None:
    """post_migrate: the daily reminder and the retry of failed issuing (every 5 minutes) exist exactly once."""
    from django_q.models import Schedule

    Schedule.objects.update_or_create(
        name=REMINDER_SCHEDULE_NAME,
        defaults={
            "func": "certificates.tasks.certificate_expiry_reminders_task",
            "schedule_type": Schedule.DAILY,
            "repeats": -1,
        },
    )
    # Verification page content missing or out of date (a deploy, a lapsed status, a failed render; ADR 0210).
    Schedule.objects.update_or_create(
        name=PAGES_SCHEDULE_NAME,
        defaults={
            "func": "certificates.tasks.verify_contents_refresh_task",
            "schedule_type": Schedule.MINUTES,
            "minutes": 5,
            "repeats": -1,
        },
    )
    Schedule.objects.update_or_create(
        name=PENDING_SCHEDULE_NAME,
        defaults={
            "func": "certificates.tasks.certificates_issue_pending_task",
            "schedule_type": Schedule.MINUTES,
            "minutes": 5,
            "repeats": -1,
        },
    )
