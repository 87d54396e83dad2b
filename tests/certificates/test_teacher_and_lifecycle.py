"""Teachers' certificates page, expiry and its reminder email, and the schedule that sends it."""

import re
from datetime import timedelta
from urllib.parse import parse_qs, urlparse

from django.core import mail
from django.utils import timezone

from certificates.models import Certificate, CertificateStatus
from certificates.services import certificate_expiry_reminders_send, certificate_revoke


def test_my_certificates_lists_downloads_and_linkedin(client, certificate, attained_teacher):
    client.force_login(attained_teacher)
    response = client.get("/me/certificates/")
    body = response.content.decode()
    assert response.status_code == 200
    assert f"/certificates/{certificate.code}.pdf" in body
    assert f"/credentials/{certificate.code}.json?download=1" in body
    assert certificate.verify_url in body
    link = next(part for part in body.split('"') if part.startswith("https://www.linkedin.com/profile/add"))
    query = parse_qs(urlparse(link.replace("&amp;", "&")).query)
    assert query["startTask"] == ["CERTIFICATION_NAME"] and query["certId"] == [certificate.code]
    assert query["certUrl"] == [certificate.verify_url] and query["issueYear"] == [str(certificate.issued_at.year)]
    assert "organizationName" in query and "KA" in query["name"][0]


def test_my_certificates_shows_only_ones_own(client, certificate, make_user):
    other = make_user("someone")
    client.force_login(other)
    assert certificate.code not in client.get("/me/certificates/").content.decode()


def test_my_certificates_requires_login(client, db):
    response = client.get("/me/certificates/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_credential_download_is_an_attachment(client, certificate):
    response = client.get(f"/credentials/{certificate.code}.json?download=1")
    assert "attachment" in response["Content-Disposition"]


def test_certificate_past_expiry_is_expired(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.EXPIRED


def test_reminder_is_sent_once_30_days_before_expiry(certificate, attained_teacher):
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=timezone.now() + timedelta(days=40))
    assert certificate_expiry_reminders_send() == 0
    assert certificate_expiry_reminders_send(now=timezone.now() + timedelta(days=11)) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [attained_teacher.email] and certificate.code in message.body
    assert certificate_expiry_reminders_send(now=timezone.now() + timedelta(days=12)) == 0
    assert len(mail.outbox) == 1


def test_no_reminder_for_revoked_or_non_expiring(certificate):
    assert certificate_expiry_reminders_send() == 0  # never expires
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=timezone.now() + timedelta(days=5))
    certificate_revoke(certificate=certificate, reason="Fraud")
    assert certificate_expiry_reminders_send() == 0 and not mail.outbox


def test_the_reminder_task_runs_daily_from_one_schedule(db):
    from django.core.management import call_command
    from django_q.models import Schedule

    from certificates.tasks import certificate_expiry_reminders_task

    call_command("migrate", verbosity=0)  # post_migrate again: still one schedule
    schedules = Schedule.objects.filter(func="certificates.tasks.certificate_expiry_reminders_task")
    assert schedules.count() == 1 and schedules.get().schedule_type == Schedule.DAILY
    assert certificate_expiry_reminders_task() == 0


def test_my_certificates_has_a_copy_link_button_for_the_verification_link(client, certificate, attained_teacher):
    client.force_login(attained_teacher)
    body = client.get("/me/certificates/").content.decode()
    field = f'id="link-{certificate.pk}"'
    assert field in body and f'value="{certificate.verify_url}"' in body
    assert f'data-copy-target="link-{certificate.pk}"' in body and "Copy link" in body
    script = re.search(r'<script src="([^"]+copy-link\.js)" defer>', body)
    assert script, "the copy button's script is a static file (no inline script under the CSP)"
    assert "navigator.clipboard" in b"".join(client.get(script.group(1)).streaming_content).decode()
