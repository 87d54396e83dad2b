"""Issue 18 for the portfolio: a cohort member reports a cohort-shared artefact; hidden from the cohort at once (the
owner still sees it, marked); a trainer of the cohort restores it or keeps it hidden. Real database, plain forms."""

import pytest
from django.test import override_settings
from django.urls import reverse

from audit.models import AuditEvent
from portfolio.models import ArtefactReport
from portfolio.services import artefact_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(people):
    return artefact_create(
        owner=people.owner, title="Rude reflection", kind="reflection", text="Words.", visibility="cohort"
    )


def _url(name, artefact):
    return reverse(f"portfolio:{name}", kwargs={"artefact": artefact.uuid})


def test_a_report_hides_it_from_the_cohort_at_once_not_from_owner_or_trainer(client, people, shared):
    client.force_login(people.classmate)
    assert "Report this artefact" in client.get(_url("detail", shared)).content.decode()
    assert client.post(_url("report", shared), {"note": "Insults a pupil."}).status_code == 302
    shared.refresh_from_db()
    assert shared.reported_hidden_at is not None
    assert AuditEvent.objects.filter(action="portfolio.artefact.reported").count() == 1
    from notifications.models import Notification

    assert Notification.objects.get(kind="portfolio.reported").recipient == people.trainer
    cohort_page = reverse("portfolio:cohort", args=[people.cohort.pk])
    for role in ("classmate", "mentor"):
        client.force_login(getattr(people, role))
        assert client.get(_url("detail", shared)).status_code == 404
        assert "Rude reflection" not in client.get(cohort_page).content.decode()
        assert "Rude reflection" not in client.get(reverse("portfolio:mine")).content.decode()
    client.force_login(people.owner)
    page = client.get(_url("detail", shared)).content.decode()
    assert "Reported: hidden from your cohort until a trainer looks at it." in page
    assert "Hidden after a report" in client.get(reverse("portfolio:mine")).content.decode()
    client.force_login(people.trainer)
    assert client.get(_url("detail", shared)).status_code == 200
    page = client.get(cohort_page).content.decode()
    assert "Reported evidence" in page and "Insults a pupil." in page


def test_only_cohort_members_report_and_only_its_trainers_decide(client, people, shared):
    for role in ("owner", "stranger", "reviewer"):
        client.force_login(getattr(people, role))
        assert client.post(_url("report", shared)).status_code == 404
    shared.refresh_from_db()
    assert shared.reported_hidden_at is None
    client.force_login(people.classmate)
    client.post(_url("report", shared))
    for role in ("owner", "classmate", "mentor", "stranger"):
        client.force_login(getattr(people, role))
        assert client.post(_url("moderate", shared), {"hide": "0"}).status_code == 404
    shared.refresh_from_db()
    assert shared.reported_hidden_at is not None


def test_the_trainer_keeps_it_hidden_or_restores_it(client, people, shared):
    client.force_login(people.classmate)
    client.post(_url("report", shared))
    client.force_login(people.trainer)
    assert client.post(_url("moderate", shared), {"hide": "1"}).status_code == 302
    shared.refresh_from_db()
    assert shared.reported_hidden_at is not None and ArtefactReport.objects.get().hidden is True
    client.post(_url("moderate", shared), {"hide": "0"})
    shared.refresh_from_db()
    assert shared.reported_hidden_at is None
    client.force_login(people.classmate)
    assert client.get(_url("detail", shared)).status_code == 200
    assert set(AuditEvent.objects.values_list("action", flat=True)) >= {
        "portfolio.artefact.reported",
        "portfolio.artefact.hidden",
        "portfolio.artefact.restored",
    }


@override_settings(PORTFOLIO_REPORT_RATE="2/h")
def test_reporting_is_throttled_per_account(client, people):
    artefacts = [
        artefact_create(owner=people.owner, title=f"A{i}", kind="reflection", text="x", visibility="cohort")
        for i in range(3)
    ]
    client.force_login(people.classmate)
    assert [client.post(_url("report", a)).status_code for a in artefacts] == [302, 302, 429]
    assert ArtefactReport.objects.count() == 2


def test_a_mentor_message_reported_is_hidden_at_once_and_goes_to_the_trainer(client, people, shared):
    from portfolio.models import Message, MessageReport
    from portfolio.services import message_post

    rude = message_post(artefact=shared, author=people.mentor, body="A rude remark.")
    client.force_login(people.owner)
    assert "Report this message" in client.get(_url("detail", shared)).content.decode()
    # Neither a stranger, nor a classmate (not in the thread), nor the author, nor the trainer reports it.
    for role in ("stranger", "classmate", "mentor", "trainer"):
        client.force_login(getattr(people, role))
        assert client.post(reverse("portfolio:message_report", args=[rude.pk])).status_code == 404
    client.force_login(people.owner)
    response = client.post(reverse("portfolio:message_report", args=[rude.pk]), {"note": "Unkind."})
    assert response.status_code == 302
    rude.refresh_from_db()
    assert rude.hidden_at is not None
    for role in ("owner", "mentor"):
        client.force_login(getattr(people, role))
        page = client.get(_url("detail", shared)).content.decode()
        assert "A rude remark." not in page and "This message is hidden after a report." in page
    from notifications.models import Notification

    assert Notification.objects.get(kind="portfolio.message_reported").recipient == people.trainer
    # The trainer reads it on the cohort's page and decides; others may not.
    client.force_login(people.trainer)
    page = client.get(reverse("portfolio:cohort", args=[people.cohort.pk])).content.decode()
    assert "A rude remark." in page and "Unkind." in page
    for role in ("owner", "mentor", "classmate"):
        client.force_login(getattr(people, role))
        assert client.post(reverse("portfolio:message_moderate", args=[rude.pk]), {"hide": "0"}).status_code == 404
    client.force_login(people.trainer)
    client.post(reverse("portfolio:message_moderate", args=[rude.pk]), {"hide": "1"})
    assert MessageReport.objects.get().hidden is True and Message.objects.get(pk=rude.pk).hidden_at is not None
    client.post(reverse("portfolio:message_moderate", args=[rude.pk]), {"hide": "0"})
    client.force_login(people.owner)
    assert "A rude remark." in client.get(_url("detail", shared)).content.decode()
    assert set(AuditEvent.objects.values_list("action", flat=True)) >= {
        "portfolio.message.reported",
        "portfolio.message.hidden",
        "portfolio.message.restored",
    }
