"""Notifications: sending (kinds, dedupe, switches), the list and header count, e-mails one by one or as a daily
digest, in each recipient's language (ADR 0190)."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from notifications.models import EmailMode, Notification
from notifications.selectors import notification_text, unread_count
from notifications.services import notification_send, preferences_save

pytestmark = pytest.mark.django_db


def _send(user, n: int = 1, **kw):
    for i in range(n):
        notification_send(
            recipient=user,
            kind=kw.get("kind", "discussion.reply"),
            actor=kw.get("actor"),
            url="/notifications/",
            params={"thread": f"Thread {i}"},
            dedupe_key=kw.get("dedupe_key"),
        )


def test_unknown_kind_is_refused(teacher):
    with pytest.raises(ValueError):
        notification_send(recipient=teacher, kind="no.such.kind", url="/", params={})


def test_kinds_other_helpers_use_are_registered():
    from notifications.kinds import KINDS

    for kind in ("peer_review.waiting", "peer_review.received", "peer_review.graded", "mentor.message"):
        assert kind in KINDS


def test_same_dedupe_key_makes_one_notification(teacher, trainer):
    _send(teacher, actor=trainer, dedupe_key="post:1")
    _send(teacher, actor=trainer, dedupe_key="post:1")
    assert Notification.objects.filter(recipient=teacher).count() == 1


def test_nobody_is_told_of_their_own_action(teacher):
    _send(teacher, actor=teacher)
    assert not Notification.objects.exists()


def test_a_kind_switched_off_is_not_sent(teacher, trainer):
    preferences_save(user=teacher, kinds_off=["discussion.reply"], email_mode=EmailMode.EACH)
    _send(teacher, actor=trainer)
    _send(teacher, actor=trainer, kind="discussion.mention")
    assert list(Notification.objects.values_list("kind", flat=True)) == ["discussion.mention"]


def test_header_count_and_list_then_read(client, teacher, trainer):
    _send(teacher, 2, actor=trainer)
    client.force_login(teacher)
    page = client.get(reverse("notifications:list"))
    body = page.content.decode()
    assert "Notifications (2 new)" in body
    assert "Trainer1 replied in “Thread 0”." in body
    one = Notification.objects.filter(recipient=teacher).first()
    opened = client.get(reverse("notifications:open", args=[one.pk]))
    assert opened.status_code == 302 and opened["Location"] == "/notifications/"
    assert unread_count(user=teacher) == 1
    client.post(reverse("notifications:read_all"))
    assert unread_count(user=teacher) == 0
    assert "Notifications (" not in client.get(reverse("notifications:list")).content.decode()


def test_a_link_off_site_is_not_followed(client, teacher):
    notification_send(recipient=teacher, kind="mentor.message", url="https://evil.example/", params={})
    client.force_login(teacher)
    response = client.get(reverse("notifications:open", args=[Notification.objects.get().pk]))
    assert response["Location"] == reverse("notifications:list")


def test_someone_elses_notification_is_not_found(client, teacher, trainer):
    _send(teacher, actor=trainer)
    client.force_login(trainer)
    assert client.get(reverse("notifications:open", args=[Notification.objects.get().pk])).status_code == 404


@pytest.mark.parametrize("count", [3, 30])
def test_list_queries_stay_the_same_whatever_the_count(
    client, teacher, make_user, count, django_assert_max_num_queries
):
    actors = [make_user(f"actor{i}") for i in range(count)]
    for actor in actors:
        _send(teacher, actor=actor)
    client.force_login(teacher)
    client.get(reverse("notifications:list"))  # warm the session and the count
    with django_assert_max_num_queries(9):
        response = client.get(reverse("notifications:list"))
    assert response.content.decode().count('class="unread"') == count


def test_an_erased_actor_reads_as_a_former_member(teacher, trainer):
    from accounts.personal_data import erase

    _send(teacher, actor=trainer)
    erase(user=trainer)
    assert notification_text(notification=Notification.objects.get(), language="en") == (
        "a former member replied in “Thread 0”."
    )


def test_each_mode_emails_at_once_in_the_recipients_language(
    teacher, make_user, framework_v3, django_capture_on_commit_callbacks
):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create
    from notifications.receivers import cohorts_due_soon_notify

    french = make_user("prof", preferred_language="fr")
    trainer = make_user("trainer9", roles=("Teacher", "Trainer"))
    cohort = cohort_create(name="Rivière", trainer=trainer)
    cohort.due_date = date(2026, 12, 10)
    cohort.save()
    CohortMembership.objects.create(cohort=cohort, user=teacher)
    CohortMembership.objects.create(cohort=cohort, user=french)
    with django_capture_on_commit_callbacks(execute=True):
        assert cohorts_due_soon_notify(today=date(2026, 12, 7)) == 2
        cohorts_due_soon_notify(today=date(2026, 12, 7))  # a second run the same day adds nothing
    assert Notification.objects.count() == 2
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert "Your cohort “Rivière” is due on Dec. 10, 2026, in 3 days." in by_recipient[teacher.email].body
    # The same notification for a French reader: the date in French (and the sentence from the French catalogue).
    french_body = by_recipient[french.email].body
    assert "10 décembre 2026" in french_body
    assert "Dec." not in french_body
    en = notification_text(notification=Notification.objects.get(recipient=teacher), language="fr")
    fr = notification_text(notification=Notification.objects.get(recipient=french), language="fr")
    assert en.replace("Dec. 10, 2026", "10 décembre 2026") == fr


def test_certificate_issued_names_the_level_in_the_holders_language(make_user, framework_v3):
    from certificates.services import certificate_issue
    from tests.certificates.conftest import attain

    level = framework_v3.levels.get(code="KA")
    holder = make_user("prof2", preferred_language="fr")
    attain(holder, level)
    certificate_issue(user=holder, level=level)
    notification = Notification.objects.get(recipient=holder, kind="certificate.issued")
    assert level.name_in("fr") in notification_text(notification=notification, language="fr")
    assert level.name_in("fr") != level.name_in("en")


def test_daily_digest_gathers_the_days_notifications_in_one_email(teacher, trainer, django_capture_on_commit_callbacks):
    from notifications.emails import digests_send

    preferences_save(user=teacher, kinds_off=[], email_mode=EmailMode.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        _send(teacher, 3, actor=trainer)
    assert mail.outbox == []  # nothing one by one
    now = timezone.now()
    assert digests_send(now=now) == 1
    assert len(mail.outbox) == 1 and "3 new notifications" in mail.outbox[0].subject
    assert mail.outbox[0].body.count("replied in") == 3
    assert digests_send(now=now + timedelta(hours=1)) == 0  # not twice the same day
    with django_capture_on_commit_callbacks(execute=True):
        _send(teacher, 1, actor=trainer)
    assert digests_send(now=now + timedelta(days=1)) == 1
    assert mail.outbox[1].body.count("replied in") == 1


def test_off_mode_sends_no_email_and_preferences_page_saves(client, teacher, trainer):
    client.force_login(teacher)
    response = client.post(
        reverse("notifications:preferences"), {"kinds_on": ["discussion.mention"], "email_mode": "off"}
    )
    assert response.status_code == 302
    _send(teacher, actor=trainer)  # replies now off
    _send(teacher, actor=trainer, kind="discussion.mention")
    assert Notification.objects.count() == 1 and mail.outbox == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_holder_hears_who_endorsed_their_certificate_in_their_language(
    make_user, framework_v3, language, django_capture_on_commit_callbacks
):
    from certificates.services import certificate_issue, endorsement_issue
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create
    from tests.certificates.conftest import attain

    level = framework_v3.levels.get(code="KA")
    holder = make_user("holder", preferred_language=language)
    trainer = make_user("trainer9", roles=("Teacher", "Trainer"), legal_name="Amina Diallo")
    CohortMembership.objects.create(cohort=cohort_create(name="Rivière", trainer=trainer), user=holder)
    attain(holder, level)
    certificate = certificate_issue(user=holder, level=level)
    with django_capture_on_commit_callbacks(execute=True):
        endorsement = endorsement_issue(endorser=trainer, certificate=certificate, comment="Superb lesson plans.")
    with django_capture_on_commit_callbacks(execute=True):
        endorsement_issue(endorser=trainer, certificate=certificate, comment="Again.")  # the same one: no second
    notification = Notification.objects.get(recipient=holder, kind="certificate.endorsed")
    assert notification.actor == trainer and notification.url == reverse("certificates:mine")
    assert endorsement.endorser_name == trainer.display_name
    text = notification_text(notification=notification, language=language)
    if language == "en":
        assert text == f"{trainer.display_name} endorsed your certificate for “{level.name_in('en')}”."
    else:
        # The French catalogue gets this sentence when the integrator regenerates it; the level is French already.
        assert trainer.display_name in text and level.name_in("fr") in text
