"""The email a teacher gets 30 days before a certificate expires (run daily by a django-q schedule)."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from certificates.models import Certificate

REMINDER_DAYS = 30


def certificate_expiry_reminders_send(*, now=None) -> int:
    """Email each holder whose current certificate expires within REMINDER_DAYS, once. Returns emails sent."""
    now = now or timezone.now()
    due = Certificate.objects.filter(
        is_current=True,
        expiry_reminder_sent_at__isnull=True,
        expires_at__gt=now,
        expires_at__lte=now + timedelta(days=REMINDER_DAYS),
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            # Locked and re-checked so two schedulers never send the same reminder twice.
            cert = (
                Certificate.objects.select_for_update()
                .select_related("user")
                .filter(pk=pk, expiry_reminder_sent_at__isnull=True)
                .first()
            )
            if cert is None or not cert.user.email:
                continue
            with translation.override(cert.user.preferred_language or settings.LANGUAGE_CODE):
                context = {"certificate": cert, "user": cert.user, "site_url": settings.SITE_URL}
                subject = render_to_string("certificates/email/expiry_subject.txt", context).strip()
                body = render_to_string("certificates/email/expiry_body.txt", context)
            send_mail(subject, body, None, [cert.user.email])
            cert.expiry_reminder_sent_at = now
            cert.save(update_fields=["expiry_reminder_sent_at"])
            sent += 1
    return sent
