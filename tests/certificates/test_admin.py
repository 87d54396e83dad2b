"""In the Wagtail admin, trainers, certification officers and administrators ask to issue, re-issue or revoke by
hand; another certification officer approves or rejects in the queue. Teachers and reviewers cannot ask."""

import pytest

from certificates.models import Certificate, CertificateRequest, CertificateStatus, RequestKind, RequestStatus

LIST = "/admin/snippets/certificates/certificate/"
QUEUE = "/admin/certificate-requests/"
REASON = "Recognised prior training."


@pytest.fixture
def cohort_members(make_user, trainer):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    cohort = cohort_create(name="Riverside", trainer=trainer)
    members = [make_user("bulk-a"), make_user("bulk-b")]
    for member in members:
        CohortMembership.objects.create(cohort=cohort, user=member)
    return members


def _approve(client, officer, request_id, **data):
    client.force_login(officer)
    return client.post(f"{QUEUE}{request_id}/approve/", data)


def test_trainer_sees_the_listing(client, trainer, certificate):
    client.force_login(trainer)
    response = client.get(LIST)
    assert response.status_code == 200 and certificate.code in response.content.decode()


def test_trainer_asks_in_bulk_and_an_officer_approves(client, trainer, cohort_members, level_ka, certification_officer):
    client.force_login(trainer)
    response = client.post(
        LIST + "add/", {"users": [u.pk for u in cohort_members], "level": level_ka.pk, "reason": REASON}
    )
    assert response.status_code == 302 and response["Location"] == QUEUE
    assert not Certificate.objects.exists()
    requests = list(CertificateRequest.objects.order_by("id"))
    assert [r.teacher for r in requests] == cohort_members and all(r.requested_by == trainer for r in requests)

    queue = client.get(QUEUE).content.decode()
    assert "bulk-a" in queue and REASON in queue
    client.force_login(certification_officer)
    queue = client.get(QUEUE).content.decode()
    assert f"{QUEUE}{requests[0].pk}/approve/" in queue and REASON in queue
    for r in requests:
        assert _approve(client, certification_officer, r.pk).status_code == 302
    issued = Certificate.objects.filter(user__in=cohort_members)
    assert issued.count() == 2 and all(c.manual and c.issued_by == certification_officer for c in issued)


def test_the_form_says_what_to_fix(client, trainer, cohort_members, level_ka):
    client.force_login(trainer)
    response = client.post(LIST + "add/", {"users": [cohort_members[0].pk], "level": level_ka.pk, "reason": ""})
    assert response.status_code == 400 and "Give the reason" in response.content.decode()
    response = client.post(LIST + "add/", {"level": level_ka.pk, "reason": REASON})
    assert response.status_code == 400 and "Select at least one teacher." in response.content.decode()
    assert not CertificateRequest.objects.exists()


def test_trainer_cannot_pick_teachers_outside_their_cohorts(client, trainer, cohort_members, make_user, level_ka):
    stranger = make_user("stranger")
    client.force_login(trainer)
    form = client.get(LIST + "add/").content.decode()
    assert "bulk-a" in form and "stranger" not in form
    response = client.post(LIST + "add/", {"users": [stranger.pk], "level": level_ka.pk, "reason": REASON})
    assert response.status_code == 400 and not CertificateRequest.objects.exists()


def test_trainer_asks_to_revoke_and_an_officer_approves(client, trainer, certificate, certification_officer):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    CohortMembership.objects.create(cohort=cohort_create(name="C", trainer=trainer), user=certificate.user)
    client.force_login(trainer)
    url = f"/admin/certificates/{certificate.pk}/revoke/"
    assert client.post(url, {"reason": ""}).status_code == 400
    assert client.post(url, {"reason": "Misconduct"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    request = CertificateRequest.objects.get(kind=RequestKind.REVOKE)
    assert _approve(client, certification_officer, request.pk).status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED and certificate.revoked_by == certification_officer
    assert certificate.revoke_reason == "Misconduct"


def test_trainer_cannot_ask_about_a_teacher_outside_their_cohorts(client, trainer, certificate):
    client.force_login(trainer)
    # Another trainer's teacher: hidden (404), as their cohorts are; nothing is asked.
    assert client.get(f"/admin/certificates/{certificate.pk}/revoke/").status_code == 404
    response = client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Misconduct"})
    assert response.status_code == 404 and not CertificateRequest.objects.exists()


def test_officer_asks_to_reissue_another_officer_approves(client, certificate, certification_officer, make_user):
    client.force_login(certification_officer)
    assert client.post(f"/admin/certificates/{certificate.pk}/reissue/", {"reason": "Legal name"}).status_code == 302
    request = CertificateRequest.objects.get(kind=RequestKind.REISSUE)
    # Their own request: refused with a reason, nothing changes.
    response = _approve(client, certification_officer, request.pk)
    assert response.status_code == 400 and "another certification officer must decide" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    other = make_user("officer2", roles=("Teacher", "Certification officer"))
    assert _approve(client, other, request.pk).status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.SUPERSEDED


def test_officer_rejects_with_a_reason(client, trainer, cohort_members, level_ka, certification_officer):
    client.force_login(trainer)
    client.post(LIST + "add/", {"users": [cohort_members[0].pk], "level": level_ka.pk, "reason": REASON})
    request = CertificateRequest.objects.get()
    client.force_login(certification_officer)
    assert client.post(f"{QUEUE}{request.pk}/reject/", {"reason": ""}).status_code == 400
    assert client.post(f"{QUEUE}{request.pk}/reject/", {"reason": "No diploma attached"}).status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.REJECTED and not Certificate.objects.exists()
    client.force_login(trainer)
    assert "No diploma attached" in client.get(QUEUE).content.decode()


def test_bulk_revoke_asks_and_approval_revokes(
    client, administrator, certificate, make_user, level_ka, certification_officer
):
    from certificates.services import certificate_issue

    from .conftest import attain

    other = make_user("bulk-other")
    attain(other, level_ka)
    second = certificate_issue(user=other, level=level_ka)
    client.force_login(administrator)
    url = f"/admin/bulk/certificates/certificate/revoke/?next={LIST}&id={certificate.pk}&id={second.pk}"
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "Exam leak"})
    assert response.status_code == 302
    requests = CertificateRequest.objects.filter(kind=RequestKind.REVOKE)
    assert requests.count() == 2
    for r in requests:
        _approve(client, certification_officer, r.pk)
    for cert in (certificate, second):
        cert.refresh_from_db()
        assert cert.status == CertificateStatus.REVOKED and cert.revoke_reason == "Exam leak"


@pytest.mark.parametrize(
    "url",
    [
        LIST + "add/",
        "/admin/certificates/{pk}/revoke/",
        "/admin/certificates/{pk}/reissue/",
        QUEUE + "{request}/approve/",
    ],
)
def test_teachers_cannot_act(client, certificate, make_user, url, administrator):
    request = CertificateRequest.objects.create(
        kind=RequestKind.REVOKE,
        teacher=certificate.user,
        level=certificate.level,
        certificate=certificate,
        reason="x",
        requested_by=administrator,
    )
    teacher = make_user("staff-teacher", is_staff=True)
    client.force_login(teacher)
    response = client.post(url.format(pk=certificate.pk, request=request.pk), {"reason": "x", "level": 1})
    assert response.status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and CertificateRequest.objects.count() == 1


def test_nobody_deletes_a_certificate_not_even_a_superuser(client, administrator, certificate):
    # Deleting would turn REVOKED into NOT FOUND and clear its status-list bit: revoking is the only way out.
    client.force_login(administrator)
    url = f"{LIST}delete/{certificate.pk}/"
    client.post(url)
    bulk = f"/admin/bulk/certificates/certificate/delete/?next={LIST}&id={certificate.pk}"
    client.post(bulk)
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    assert client.get(certificate.get_absolute_url()).content.decode().count("VALID") >= 1
    assert f"delete/{certificate.pk}/" not in client.get(LIST).content.decode()


@pytest.mark.parametrize("role", ["teacher", "reviewer"])
def test_teachers_and_reviewers_cannot_revoke_in_bulk(client, request, certificate, role):
    client.force_login(request.getfixturevalue(role))
    url = f"/admin/bulk/certificates/certificate/revoke/?next={LIST}&id={certificate.pk}"
    client.post(url, {"reason": "Not allowed"})
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and not CertificateRequest.objects.exists()


def test_reviewers_cannot_ask_or_decide(client, reviewer, certificate, teacher, level_ka):
    client.force_login(reviewer)
    client.post(LIST + "add/", {"users": [teacher.pk], "level": level_ka.pk, "reason": REASON})
    client.post(f"/admin/certificates/{certificate.pk}/reissue/", {"reason": "x"})
    client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "x"})
    assert client.get(QUEUE).status_code == 403
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and Certificate.objects.count() == 1
    assert not CertificateRequest.objects.exists()


@pytest.fixture
def waiting_request(trainer, cohort_members, level_ka):
    from certificates.services import certificate_request_create

    return certificate_request_create(
        requester=trainer, kind=RequestKind.ISSUE, teacher=cohort_members[0], level=level_ka, reason=REASON
    )


def test_the_asker_withdraws_from_the_queue(client, trainer, waiting_request):
    from audit.models import AuditEvent

    client.force_login(trainer)
    queue = client.get(QUEUE).content.decode()
    assert f"{QUEUE}{waiting_request.pk}/withdraw/" in queue and "Withdraw your request" in queue
    response = client.post(f"{QUEUE}{waiting_request.pk}/withdraw/", {"reason": "Asked for the wrong level"})
    assert response.status_code == 302
    waiting_request.refresh_from_db()
    assert waiting_request.status == RequestStatus.WITHDRAWN
    assert AuditEvent.objects.filter(action="certificate.request.withdrawn", actor_label="trainer1").count() == 1
    queue = client.get(QUEUE).content.decode()
    assert f"{QUEUE}{waiting_request.pk}/withdraw/" not in queue and "Withdrawn" in queue
    again = client.post(f"{QUEUE}{waiting_request.pk}/withdraw/")
    assert again.status_code == 302  # withdrawing twice changes nothing


@pytest.mark.parametrize("who", ["other_trainer", "certification_officer", "administrator", "teacher", "anonymous"])
def test_nobody_but_the_asker_withdraws(client, request, who, waiting_request, make_user):
    from audit.models import AuditEvent

    users = {
        "other_trainer": lambda: make_user("trainer2", roles=("Teacher", "Trainer"), is_staff=True),
        "certification_officer": lambda: request.getfixturevalue("certification_officer"),
        "administrator": lambda: request.getfixturevalue("administrator"),
        "teacher": lambda: make_user("staff-teacher", is_staff=True),
        "anonymous": lambda: None,
    }
    user = users[who]()
    if user is not None:
        client.force_login(user)
        if who in ("certification_officer", "administrator"):
            queue = client.get(QUEUE).content.decode()
            assert f"{QUEUE}{waiting_request.pk}/withdraw/" not in queue
    response = client.post(f"{QUEUE}{waiting_request.pk}/withdraw/", {"reason": "Not mine"})
    assert response.status_code in ((403,) if who != "teacher" and who != "anonymous" else (302, 403))
    if who == "anonymous":
        assert "/login/" in response["Location"]
    waiting_request.refresh_from_db()
    assert waiting_request.status == RequestStatus.PENDING
    assert not AuditEvent.objects.filter(action="certificate.request.withdrawn").exists()


def test_a_decided_request_is_not_withdrawn_from_the_queue(client, trainer, waiting_request, certification_officer):
    _approve(client, certification_officer, waiting_request.pk)
    client.force_login(trainer)
    response = client.post(f"{QUEUE}{waiting_request.pk}/withdraw/")
    assert response.status_code == 400 and "approved already" in response.content.decode()
    waiting_request.refresh_from_db()
    assert waiting_request.status == RequestStatus.APPROVED
