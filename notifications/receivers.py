"""What this app hears from the apps below it (their models' signals; none of them imports us), and the daily
look at cohorts' due dates."""

from datetime import timedelta

from django.conf import settings
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils import formats, timezone, translation

from .services import notification_send


def _language(user) -> str:
    language = getattr(user, "preferred_language", "")
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def on_review_saved(sender, instance, created, raw=False, **kwargs) -> None:
    """A trainer graded an extended response: its teacher hears it once per review."""
    if not created or raw:
        return
    attempt = instance.answer.attempt
    notification_send(
        recipient=attempt.user,
        kind="assessment.reviewed",
        actor=instance.reviewer,
        url=reverse("assessments:attempt", args=[attempt.uuid]),
        params={"assessment": attempt.assessment.title},
        dedupe_key=f"review:{instance.pk}",
    )


def on_certificate_saved(sender, instance, created, raw=False, **kwargs) -> None:
    if not created or raw:
        return
    notification_send(
        recipient=instance.user,
        kind="certificate.issued",
        url=reverse("certificates:mine"),
        params={"level": instance.level.name_in(_language(instance.user))},
        dedupe_key=f"certificate:{instance.pk}",
    )


def on_endorsement_issued(sender, endorsement, **kwargs) -> None:
    """The holder hears who endorsed which certificate, once per endorsement (ADR 0190, 0208)."""
    certificate = endorsement.certificate
    holder = certificate.user
    notification_send(
        recipient=holder,
        kind="certificate.endorsed",
        actor=endorsement.endorser,
        url=reverse("certificates:mine"),
        params={"level": certificate.level.name_in(_language(holder))},
        dedupe_key=f"endorsement:{endorsement.pk}",
    )


def cohorts_due_soon_notify(*, today=None) -> int:
    """Members of cohorts due in exactly 3 days hear it once per cohort and due date (a re-run the same day, or a
    due date moved and moved back, adds nothing)."""
    from cohorts.models import Cohort, CohortMembership

    today = today or timezone.localdate()
    due = today + timedelta(days=3)
    sent = 0
    cohorts = {c.pk: c for c in Cohort.objects.filter(due_date=due)}
    memberships = CohortMembership.objects.filter(cohort_id__in=cohorts, user__is_active=True).select_related("user")
    for membership in memberships.iterator():
        cohort, user = cohorts[membership.cohort_id], membership.user
        with translation.override(_language(user)):
            date = formats.date_format(due, "DATE_FORMAT")
        notification_send(
            recipient=user,
            kind="cohort.due_soon",
            url=reverse("cms:my_learning"),
            params={"cohort": cohort.name, "date": date},
            dedupe_key=f"cohort-due:{cohort.pk}:{due.isoformat()}",
        )
        sent += 1
    return sent


def on_user_logged_in(sender, request, user, **kwargs) -> None:
    """Count the unread notifications once at sign-in: the header then reads the cache on every page (no query)."""
    from .selectors import unread_count

    unread_count(user=user)


def connect() -> None:
    from django.contrib.auth.signals import user_logged_in

    from assessments.models import Review
    from certificates.models import Certificate
    from certificates.signals import endorsement_issued

    user_logged_in.connect(on_user_logged_in, dispatch_uid="notifications.unread_on_login")
    post_save.connect(on_review_saved, sender=Review, dispatch_uid="notifications.review")
    post_save.connect(on_certificate_saved, sender=Certificate, dispatch_uid="notifications.certificate")
    endorsement_issued.connect(on_endorsement_issued, dispatch_uid="notifications.endorsement")
