"""E-mails, in each recipient's language: one per notification, or a daily digest (sent by tasks.py)."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import EmailMode, Notification, NotificationPreferences
from .selectors import notification_text
from .services import site_url


def _language(user) -> str:
    language = getattr(user, "preferred_language", "")
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _absolute(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else site_url() + url


def _send(*, user, template: str, context: dict) -> None:
    with translation.override(_language(user)):
        context = {
            **context,
            "preferences_url": site_url() + reverse("notifications:preferences"),
            "list_url": site_url() + reverse("notifications:list"),
        }
        subject = " ".join(render_to_string(f"notifications/email/{template}_subject.txt", context).split())
        body = render_to_string(f"notifications/email/{template}_message.txt", context)
    EmailMessage(subject=subject, body=body, to=[user.email]).send()


def notification_email_send(*, notification_id: int) -> bool:
    """One notification, once: the row is locked and stamped, so a retried task sends nothing twice."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("recipient", "actor")
            .filter(pk=notification_id, emailed_at__isnull=True)
            .first()
        )
        if notification is None:
            return False
        user = notification.recipient
        if not user.email or not user.is_active:
            return False
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
        text = notification_text(notification=notification, language=_language(user))
        _send(user=user, template="one", context={"user": user, "text": text, "url": _absolute(notification.url)})
    return True


def digests_send(*, now=None) -> int:
    """Every person who chose the daily digest and has notifications not yet e-mailed gets one e-mail listing them
    (at most once in 20 hours, so a worker restarted the same day sends nothing again)."""
    now = now or timezone.now()
    sent = 0
    due = NotificationPreferences.objects.filter(email_mode=EmailMode.DAILY).exclude(
        digest_sent_at__gt=now - timedelta(hours=20)
    )
    for preferences_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            preferences = (
                NotificationPreferences.objects.select_for_update(of=("self",))
                .select_related("user")
                .get(pk=preferences_id)
            )
            user = preferences.user
            pending = list(
                Notification.objects.filter(recipient=user, emailed_at__isnull=True)
                .select_related("actor")
                .order_by("created_at", "id")[:200]
            )
            preferences.digest_sent_at = now
            preferences.save(update_fields=["digest_sent_at"])
            if not pending or not user.email or not user.is_active:
                continue
            Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
            language = _language(user)
            items = [
                {"text": notification_text(notification=n, language=language), "url": _absolute(n.url)} for n in pending
            ]
            _send(user=user, template="digest", context={"user": user, "items": items, "count": len(items)})
            sent += 1
    return sent
