"""Writes: send a notification (any app above this one calls it), mark read, change preferences."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from .kinds import KINDS
from .models import EmailMode, Notification, NotificationPreferences

logger = logging.getLogger(__name__)


def unread_cache_key(user_id: int) -> str:
    return f"notifications:unread:{user_id}"


def _preferences(user) -> NotificationPreferences | None:
    return NotificationPreferences.objects.filter(user=user).first()


def notification_send(
    *, recipient, kind: str, actor=None, url: str, params: dict, dedupe_key: str | None = None
) -> None:
    """Tell `recipient` in the app (and by e-mail, as they chose) that something happened.

    Nothing happens when the kind is switched off, the recipient is the actor or cannot sign in, or a notification
    with the same `dedupe_key` was already sent to them. E-mails go through the task queue after the transaction
    commits, so a rolled-back event sends nothing."""
    if kind not in KINDS:
        raise ValueError(f"Unknown notification kind {kind!r}: register it in notifications/kinds.py.")
    if recipient is None or not recipient.is_active or (actor is not None and actor.pk == recipient.pk):
        return
    preferences = _preferences(recipient)
    if preferences is not None and kind in preferences.kinds_off:
        return
    fields = {
        "kind": kind,
        "actor": actor,
        "url": url[:500],
        "params": {str(k): str(v)[:300] for k, v in params.items()},
    }
    try:
        with transaction.atomic():
            if dedupe_key is not None:
                notification, created = Notification.objects.get_or_create(
                    recipient=recipient, dedupe_key=dedupe_key[:200], defaults=fields
                )
                if not created:
                    return
            else:
                notification = Notification.objects.create(recipient=recipient, **fields)
    except IntegrityError:  # the same dedupe key sent at the same moment by another process
        return
    cache.delete(unread_cache_key(recipient.pk))
    mode = preferences.email_mode if preferences is not None else EmailMode.EACH
    if mode == EmailMode.EACH and recipient.email:

        def queue() -> None:
            from django_q.tasks import async_task

            async_task("notifications.tasks.notification_email_task", notification.pk)

        transaction.on_commit(queue)


def notifications_mark_read(*, user, ids: list[int] | None = None) -> int:
    """Mark `user`'s notifications read: those of `ids`, or all of them."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    count = unread.update(read_at=timezone.now())
    cache.delete(unread_cache_key(user.pk))
    return count


def preferences_save(*, user, kinds_off: list[str], email_mode: str) -> NotificationPreferences:
    preferences, _created = NotificationPreferences.objects.update_or_create(
        user=user,
        defaults={"kinds_off": sorted(k for k in kinds_off if k in KINDS), "email_mode": EmailMode(email_mode)},
    )
    return preferences


def site_url() -> str:
    return settings.SITE_URL.rstrip("/")
