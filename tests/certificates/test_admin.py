"""Trainers and administrators issue, re-issue and revoke by hand in the Wagtail admin; teachers cannot."""

import pytest

from certificates.models import Certificate, CertificateStatus

LIST = "/admin/snippets/certificates/certificate/"


def test_trainer_sees_the_listing(client, trainer, certificate):
    client.force_login(trainer)
    response = client.get(LIST)
    assert response.status_code == 200 and certificate.code in response.content.decode()


def test_trainer_issues_in_bulk(client, trainer, make_user, level_ka):
    a, b = make_user("bulk-a"), make_user("bulk-b")
    client.force_login(trainer)
    response = client.post(LIST + "add/", {"users": [a.pk, b.pk], "level": level_ka.pk, "force": "on"})
    assert response.status_code == 302
    issued = Certificate.objects.filter(user__in=[a, b])
    assert issued.count() == 2 and all(c.manual and c.issued_by == trainer for c in issued)


def test_issue_without_attainment_needs_force(client, trainer, teacher, level_ka):
    client.force_login(trainer)
    response = client.post(LIST + "add/", {"users": [teacher.pk], "level": level_ka.pk})
    assert response.status_code == 200 and not Certificate.objects.exists()


def test_trainer_revokes_one(client, trainer, certificate):
    client.force_login(trainer)
    assert client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": ""}).status_code == 200
    response = client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Misconduct"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED and certificate.revoked_by == trainer


def test_trainer_reissues_one(client, trainer, certificate):
    client.force_login(trainer)
    assert client.post(f"/admin/certificates/{certificate.pk}/reissue/").status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.SUPERSEDED


def test_bulk_revoke(client, administrator, certificate, make_user, level_ka):
    from .conftest import attain

    other = make_user("bulk-other")
    attain(other, level_ka)
    from certificates.services import certificate_issue

    second = certificate_issue(user=other, level=level_ka)
    client.force_login(administrator)
    url = f"/admin/bulk/certificates/certificate/revoke/?next={LIST}&id={certificate.pk}&id={second.pk}"
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "Exam leak"})
    assert response.status_code == 302
    for cert in (certificate, second):
        cert.refresh_from_db()
        assert cert.status == CertificateStatus.REVOKED and cert.revoke_reason == "Exam leak"


@pytest.mark.parametrize(
    "url", [LIST + "add/", "/admin/certificates/{pk}/revoke/", "/admin/certificates/{pk}/reissue/"]
)
def test_teachers_cannot_act(client, certificate, make_user, url):
    teacher = make_user("staff-teacher", is_staff=True)
    client.force_login(teacher)
    response = client.post(url.format(pk=certificate.pk), {"reason": "x"})
    assert response.status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID


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
    assert certificate.status == CertificateStatus.VALID


def test_reviewers_cannot_issue_reissue_or_revoke(client, reviewer, certificate, teacher, level_ka):
    client.force_login(reviewer)
    client.post(LIST + "add/", {"users": [teacher.pk], "level": level_ka.pk, "force": "on"})
    client.post(f"/admin/certificates/{certificate.pk}/reissue/")
    client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "x"})
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and Certificate.objects.count() == 1
