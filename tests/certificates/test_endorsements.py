"""Endorsements (ADR 0205-0207): who may endorse, issuing and withdrawing, the verify page, the JSON download."""

import json

import pytest
from django.core.cache import cache

from certificates.credentials import credential_verify, status_list_revoked
from certificates.endorsement_eligibility import (
    endorsement_eligibility_register,
    endorsement_eligibility_unregister,
    endorsement_may,
)
from certificates.models import ENDORSEMENT_STATUS_BASE, Endorsement, VerifyPageContent
from certificates.services import EndorsementError, certificate_revoke, endorsement_issue, endorsement_revoke

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _generous_rate(settings):
    settings.CERTIFICATE_LOOKUP_RATE = "1000/m"


@pytest.fixture
def cohort_trainer(trainer, teacher):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    cohort = cohort_create(name="Riverside", trainer=trainer)
    CohortMembership.objects.create(cohort=cohort, user=teacher)
    return trainer


@pytest.fixture
def endorsement(certificate, cohort_trainer):
    return endorsement_issue(endorser=cohort_trainer, certificate=certificate, comment="Her lesson plans are superb.")


def test_the_trainer_of_the_holders_cohort_may_endorse_the_holder_and_a_stranger_may_not(
    certificate, cohort_trainer, teacher, make_user
):
    stranger_trainer = make_user("trainer2", roles=("Teacher", "Trainer"))
    officer = make_user("officer1", roles=("Certification officer",))
    assert endorsement_may(endorser=cohort_trainer, certificate=certificate)
    assert not endorsement_may(endorser=teacher, certificate=certificate)  # never one's own certificate
    assert not endorsement_may(endorser=stranger_trainer, certificate=certificate)
    assert not endorsement_may(endorser=officer, certificate=certificate)
    with pytest.raises(EndorsementError):
        endorsement_issue(endorser=stranger_trainer, certificate=certificate, comment="I never met her.")
    assert not Endorsement.objects.exists()


def test_an_app_above_certificates_registers_its_own_relation(certificate, teacher, make_user):
    mentor = make_user("mentor1")

    def mentor_of(*, endorser, certificate):
        return endorser.pk == mentor.pk

    endorsement_eligibility_register(mentor_of, name="test.mentor")
    try:
        assert endorsement_may(endorser=mentor, certificate=certificate)
        # Even a check that says yes to everyone cannot let the holder endorse themself.
        endorsement_eligibility_register(lambda **kwargs: True, name="test.everyone")
        assert not endorsement_may(endorser=teacher, certificate=certificate)
    finally:
        endorsement_eligibility_unregister("test.mentor")
        endorsement_eligibility_unregister("test.everyone")
    assert not endorsement_may(endorser=mentor, certificate=certificate)


def test_a_revoked_certificate_cannot_be_endorsed(certificate, cohort_trainer):
    certificate_revoke(certificate=certificate, reason="Fraud")
    assert not endorsement_may(endorser=cohort_trainer, certificate=certificate)


def test_issuing_signs_an_endorsement_credential_about_the_certificate(endorsement, certificate, settings):
    credential = json.loads(endorsement.credential_json)
    assert credential["type"] == ["VerifiableCredential", "EndorsementCredential"]
    assert credential["credentialSubject"]["id"] == f"{settings.SITE_URL}/credentials/{certificate.code}.json"
    assert credential["credentialSubject"]["endorsementComment"] == "Her lesson plans are superb."
    assert "Trainer1" in credential["name"] and certificate.code in credential["description"]
    assert endorsement.status_list_index == ENDORSEMENT_STATUS_BASE + endorsement.pk
    check = credential_verify(credential=credential)
    assert check.ok and check.key_is_ours, check.errors
    tampered = {**credential, "credentialSubject": {**credential["credentialSubject"], "endorsementComment": "Meh."}}
    assert not credential_verify(credential=tampered).ok


def test_endorsing_twice_keeps_one_endorsement_and_withdrawing_allows_a_new_one(endorsement, certificate):
    again = endorsement_issue(endorser=endorsement.endorser, certificate=certificate, comment="Another word.")
    assert again.pk == endorsement.pk and Endorsement.objects.count() == 1
    endorsement_revoke(endorsement=endorsement, by=endorsement.endorser)
    endorsement_revoke(endorsement=endorsement, by=endorsement.endorser)  # idempotent
    renewed = endorsement_issue(endorser=endorsement.endorser, certificate=certificate, comment="Still superb.")
    assert renewed.pk != endorsement.pk
    certificate.refresh_from_db()
    assert certificate.endorsement_count == 2


def test_the_verify_page_lists_endorsements_and_drops_its_cached_copy_on_changes(client, certificate, cohort_trainer):
    cache.clear()
    assert "Endorsements" not in client.get(f"/verify/{certificate.code}/").content.decode()  # cached now
    endorsement = endorsement_issue(endorser=cohort_trainer, certificate=certificate, comment="Superb plans.")
    body = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "Superb plans." in body and "Trainer1" in body and "Verified: signed by this issuer" in body
    assert endorsement.credential_url in body
    endorsement_revoke(endorsement=endorsement, by=cohort_trainer)
    body = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "Superb plans." not in body and "Withdrawn on" in body


def test_the_verify_page_costs_one_query_with_endorsements_too_once_its_content_is_rendered(
    client, certificate, cohort_trainer, django_assert_num_queries, django_capture_on_commit_callbacks
):
    cache.clear()
    with django_assert_num_queries(1):
        client.get(f"/verify/{certificate.code}/")
    with django_capture_on_commit_callbacks(execute=True):  # the content is rendered once the endorsement commits
        endorsement_issue(endorser=cohort_trainer, certificate=certificate, comment="Superb plans.")
    with django_assert_num_queries(1):
        assert "Superb plans." in client.get(f"/verify/{certificate.code}/").content.decode()
    with django_assert_num_queries(0):
        assert "Superb plans." in client.get(f"/verify/{certificate.code}/").content.decode()
    # Content not rendered yet: the page reads the status, then every column, then the endorsements (ADR 0207).
    VerifyPageContent.objects.all().delete()
    cache.clear()
    with django_assert_num_queries(3):
        assert "Superb plans." in client.get(f"/verify/{certificate.code}/").content.decode()


def test_a_trainer_endorses_through_the_page_and_withdraws(client, certificate, cohort_trainer):
    client.force_login(cohort_trainer)
    assert f"/certificates/{certificate.code}/endorse/" in client.get(f"/verify/{certificate.code}/").content.decode()
    url = f"/certificates/{certificate.code}/endorse/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"action": "endorse", "comment": "  "}).status_code == 400
    response = client.post(url, {"action": "endorse", "comment": "Careful, creative teaching."})
    assert response.status_code == 302 and response["Location"] == f"/verify/{certificate.code}/"
    endorsement = Endorsement.objects.get()
    assert "Careful, creative teaching." in client.get(url).content.decode()
    assert client.post(url, {"action": "withdraw"}).status_code == 302
    endorsement.refresh_from_db()
    assert endorsement.revoked_at is not None and endorsement.revoked_by == cohort_trainer


def test_the_holder_and_strangers_are_refused_the_endorse_page(client, certificate, teacher, make_user):
    url = f"/certificates/{certificate.code}/endorse/"
    client.force_login(teacher)
    assert f"{url}" not in client.get(f"/verify/{certificate.code}/").content.decode()
    assert client.get(url).status_code == 403
    assert client.post(url, {"action": "endorse", "comment": "I am great."}).status_code == 403
    client.force_login(make_user("trainer2", roles=("Teacher", "Trainer")))
    assert client.get(url).status_code == 403
    assert not Endorsement.objects.exists()


def test_the_endorsement_json_is_served_as_signed_and_its_status_list_marks_withdrawal(client, endorsement):
    response = client.get(f"{endorsement.credential_url}?download=1")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    credential = json.loads(response.content)
    assert response.content.decode() == endorsement.credential_json
    list_path = credential["credentialStatus"]["statusListCredential"].split("/credentials/", 1)[1]
    status_list = client.get(f"/credentials/{list_path}").json()
    assert not status_list_revoked(credential=credential, status_list_credential=status_list)
    endorsement_revoke(endorsement=endorsement)
    status_list = client.get(f"/credentials/{list_path}").json()
    assert status_list_revoked(credential=credential, status_list_credential=status_list)
    assert client.get("/credentials/endorsements/nothing-here.json").status_code == 404


def test_personal_data_exports_endorsements_written_and_received(endorsement, teacher, cohort_trainer):
    from certificates.personal_data import export

    written = export(user=cohort_trainer)["endorsements_written"]
    assert [row["comment"] for row in written] == ["Her lesson plans are superb."]
    assert written[0]["credential_json"] == endorsement.credential_json
    received = export(user=teacher)["endorsements_received"]
    assert [row["endorser_name"] for row in received] == ["Trainer1"]


def test_erasing_the_endorser_withdraws_their_endorsements_and_removes_their_words(
    client, endorsement, certificate, cohort_trainer
):
    from privacy.services.erasure import account_erase

    credential = json.loads(endorsement.credential_json)
    account_erase(user=cohort_trainer)
    endorsement.refresh_from_db()
    assert endorsement.revoked_at is not None
    assert (endorsement.endorser_name, endorsement.comment, endorsement.credential_json) == ("", "", "")
    body = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "Trainer1" not in body and "superb" not in body and "A person whose account was erased" in body
    list_path = credential["credentialStatus"]["statusListCredential"].split("/credentials/", 1)[1]
    status_list = client.get(f"/credentials/{list_path}").json()
    assert status_list_revoked(credential=credential, status_list_credential=status_list)  # copies read REVOKED


def test_apps_above_hear_of_endorsements_after_commit(certificate, cohort_trainer, django_capture_on_commit_callbacks):
    from certificates.signals import endorsement_issued, endorsement_revoked

    heard = []

    def hear(sender, endorsement, **kwargs):
        heard.append((kwargs["signal"], endorsement.pk))

    endorsement_issued.connect(hear)
    endorsement_revoked.connect(hear)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            endorsement = endorsement_issue(endorser=cohort_trainer, certificate=certificate, comment="Superb.")
            assert heard == []  # not before the endorsement is committed
        with django_capture_on_commit_callbacks(execute=True):
            endorsement_issue(endorser=cohort_trainer, certificate=certificate, comment="Twice.")  # nothing new
            endorsement_revoke(endorsement=endorsement)
            endorsement_revoke(endorsement=endorsement)
    finally:
        endorsement_issued.disconnect(hear)
        endorsement_revoked.disconnect(hear)
    assert heard == [(endorsement_issued, endorsement.pk), (endorsement_revoked, endorsement.pk)]


def test_the_holder_sees_endorsements_and_may_remove_one_from_their_certificate(
    client, endorsement, teacher, cohort_trainer
):
    url = f"/me/certificates/endorsements/{endorsement.public_id}/remove/"
    client.force_login(cohort_trainer)  # the author withdraws on the endorse page; here only the holder removes
    assert client.post(url).status_code == 404
    client.force_login(teacher)
    assert "Her lesson plans are superb." in client.get("/me/certificates/").content.decode()
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == "/me/certificates/"
    endorsement.refresh_from_db()
    assert endorsement.revoked_at is not None and endorsement.revoked_by == teacher
    assert "Her lesson plans are superb." not in client.get("/me/certificates/").content.decode()


def test_the_demo_trainer_endorses_one_certificate_once(certificate, teacher, make_user):
    from certificates.demo import certificates_demo_ensure
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    trainer = make_user("trainer", roles=("Teacher", "Trainer"))
    CohortMembership.objects.create(cohort=cohort_create(name="Demo", trainer=trainer), user=teacher)
    first = certificates_demo_ensure()
    assert first is not None and first.certificate == certificate and first.endorser == trainer
    assert certificates_demo_ensure() == first and Endorsement.objects.count() == 1
