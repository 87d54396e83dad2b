"""Certification officers and administrators take an abusive endorsement down from the Wagtail admin (ADR 0208):
with a reason, audited; the verification page then shows it withdrawn. Trainers and teachers cannot."""

import pytest

from audit.models import AuditEvent
from certificates.models import Endorsement
from certificates.services import EndorsementError, endorsement_issue, endorsement_take_down

pytestmark = pytest.mark.django_db

LIST = "/admin/endorsements/"
ABUSE = "She copied everything from the internet, what a fraud."


@pytest.fixture(autouse=True)
def _generous_rate(settings):
    settings.CERTIFICATE_LOOKUP_RATE = "1000/m"


@pytest.fixture
def endorsement(certificate, trainer, teacher):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    CohortMembership.objects.create(cohort=cohort_create(name="Riverside", trainer=trainer), user=teacher)
    return endorsement_issue(endorser=trainer, certificate=certificate, comment=ABUSE)


@pytest.mark.parametrize("who", ["certification_officer", "administrator"])
def test_an_officer_or_administrator_withdraws_it_with_a_reason_and_it_is_audited(client, request, endorsement, who):
    moderator = request.getfixturevalue(who)
    code = endorsement.certificate.code
    assert ABUSE in client.get(f"/verify/{code}/").content.decode()
    client.force_login(moderator)
    listing = client.get(LIST).content.decode()
    assert ABUSE in listing and f"{LIST}{endorsement.public_id}/withdraw/" in listing

    refused = client.post(f"{LIST}{endorsement.public_id}/withdraw/", {"reason": " "})
    assert refused.status_code == 400 and "Give the reason" in refused.content.decode()
    assert Endorsement.objects.get().revoked_at is None

    response = client.post(f"{LIST}{endorsement.public_id}/withdraw/", {"reason": "Insulting the holder."})
    assert response.status_code == 302 and response["Location"] == LIST
    taken_down = Endorsement.objects.get()
    assert taken_down.revoked_at is not None and taken_down.revoked_by == moderator
    assert taken_down.revoke_reason == "Insulting the holder."
    event = AuditEvent.objects.get(action="certificate.endorsement.taken_down")
    assert event.actor_id == moderator.pk and event.reason == "Insulting the holder."

    client.logout()
    page = client.get(f"/verify/{code}/").content.decode()
    assert "Withdrawn on" in page and ABUSE not in page


@pytest.mark.parametrize("who", ["trainer", "teacher", "reviewer"])
def test_trainers_teachers_and_reviewers_cannot(client, request, endorsement, who):
    person = request.getfixturevalue(who)
    client.force_login(person)
    assert client.get(LIST).status_code in (302, 403)
    response = client.post(f"{LIST}{endorsement.public_id}/withdraw/", {"reason": "I dislike it."})
    assert response.status_code in (302, 403)
    assert Endorsement.objects.get().revoked_at is None
    with pytest.raises(EndorsementError):
        endorsement_take_down(endorsement=endorsement, by=person, reason="I dislike it.")
    assert not AuditEvent.objects.filter(action="certificate.endorsement.taken_down").exists()


def test_taking_down_twice_is_refused_and_audited_once(endorsement, certification_officer):
    endorsement_take_down(endorsement=endorsement, by=certification_officer, reason="Abusive.")
    with pytest.raises(EndorsementError):
        endorsement_take_down(endorsement=endorsement, by=certification_officer, reason="Abusive.")
    assert AuditEvent.objects.filter(action="certificate.endorsement.taken_down").count() == 1
