"""Assignment and Grade Services: a graded attempt on a deep-linked module assessment goes back to the line item of
each link its teacher launched it from. One ScoreDelivery per (target, attempt) makes the sending idempotent; the
task queue retries a delivery the platform did not accept (ADR 0173)."""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .models import GradeTarget, ScoreDelivery
from .services_client import ServiceError, service_call

log = logging.getLogger(__name__)
# Longer than the task queue's timeout (120 s): an unsent delivery this old, or last tried this long ago, is not
# being sent by a queued task any more, so the sweep may send it.
SWEEP_AFTER = timedelta(minutes=5)
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
SCORE_TYPE = "application/vnd.ims.lis.v1.score+json"


def on_attempt_graded(sender, attempt, **kwargs) -> None:
    """assessments.signals.attempt_graded receiver: queue a delivery per grade target of this assessment."""
    targets = GradeTarget.objects.filter(
        link__user_id=attempt.user_id, resource_link__assessment_id=attempt.assessment_id
    ).values_list("pk", flat=True)
    if not targets:
        return
    from django_q.tasks import async_task

    for target_id in targets:
        delivery, _ = ScoreDelivery.objects.get_or_create(target_id=target_id, attempt=attempt)
        if delivery.sent_at is None:
            try:
                async_task("lti.tasks.score_deliver_task", delivery.pk, task_name=f"lti-score-{delivery.uuid}")
            except Exception:  # the broker is down: the grading stands; scores_resend_unsent sends it later
                log.exception("LTI score delivery %s not queued; the scheduled sweep will send it", delivery.uuid)


def _scores_url(lineitem_url: str) -> str:
    path, _, query = lineitem_url.partition("?")
    return f"{path.rstrip('/')}/scores" + (f"?{query}" if query else "")


def score_deliver(*, delivery_id: int, untried_since=None) -> bool:
    """Send one score; True once the platform has it. Raises ServiceError (the task is retried) otherwise.
    With `untried_since` (the sweep), a delivery whose send started after it is left alone (False): checked under
    the row lock, so two sweeps, or a sweep and a running task, do not both send it."""
    with transaction.atomic():
        delivery = (
            ScoreDelivery.objects.select_for_update()
            .select_related("target__link", "target__resource_link__platform", "attempt")
            .get(pk=delivery_id)
        )
        if delivery.sent_at is not None:
            return True
        if untried_since is not None and delivery.tried_at is not None and delivery.tried_at >= untried_since:
            return False
        delivery.tries += 1
        delivery.tried_at = timezone.now()
        delivery.save(update_fields=["tries", "tried_at"])
    attempt, target = delivery.attempt, delivery.target
    resource = target.resource_link
    score = {
        "userId": target.link.subject,
        "scoreGiven": float(attempt.score or 0),
        "scoreMaximum": 100.0,
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        "timestamp": (attempt.graded_at or timezone.now()).isoformat(),
    }
    try:
        service_call(
            platform=resource.platform,
            scopes=[SCORE_SCOPE],
            method="POST",
            url=_scores_url(resource.lineitem_url),
            json=score,
            headers={"Content-Type": SCORE_TYPE},
        )
    except ServiceError as error:
        ScoreDelivery.objects.filter(pk=delivery.pk).update(last_error=str(error)[:1000])
        log.warning("LTI score for attempt %s not delivered: %s", attempt.pk, error)
        raise
    ScoreDelivery.objects.filter(pk=delivery.pk).update(sent_at=timezone.now(), last_error="")
    return True


def scores_resend_unsent(*, now=None) -> int:
    """The scheduled sweep: send each delivery left unsent (never queued, or its retries used up) once it is older
    than SWEEP_AFTER and no send started within SWEEP_AFTER. score_deliver locks the row and skips a sent one, so a
    score reaches the platform once. Returns how many were delivered now."""
    cutoff = (now or timezone.now()) - SWEEP_AFTER
    stale = (
        ScoreDelivery.objects.filter(sent_at__isnull=True, created_at__lt=cutoff)
        .exclude(tried_at__gte=cutoff)
        .order_by("created_at")
        .values_list("pk", flat=True)[:500]
    )
    delivered = 0
    for delivery_id in list(stale):
        try:
            delivered += score_deliver(delivery_id=delivery_id, untried_since=cutoff)
        except ServiceError:
            continue  # kept with its error; tried again by the next sweep after SWEEP_AFTER
    return delivered
