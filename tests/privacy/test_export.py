"""A teacher downloads everything the platform holds about them, and only they can (ADR 0151)."""

import csv
import io
import json
import os
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone

from privacy.models import DataExport, ExportStatus
from privacy.registry import personal_data_parts
from privacy.services.exports import data_exports_purge


def _download(client, teacher, capture) -> zipfile.ZipFile:
    client.force_login(teacher)
    with capture(execute=True):  # the task queue runs in-process in tests, once the request has committed
        response = client.post("/me/privacy/export/", follow=True)
    assert response.status_code == 200
    export = DataExport.objects.get(user=teacher)
    assert export.status == ExportStatus.READY
    page = client.get("/me/privacy/").content.decode()
    assert export.get_absolute_url() in page
    response = client.get(export.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_zip_holds_every_app_part_as_json_csv_and_files(
    db, client, rich_teacher, django_capture_on_commit_callbacks
):
    archive = _download(client, rich_teacher, django_capture_on_commit_callbacks)
    names = archive.namelist()
    document = json.loads(archive.read("personal-data.json"))
    data = document["data"]
    assert data["accounts"]["profile"][0]["legal_name"] == "Amina Njoroge"
    assert data["accounts"]["profile"][0]["school"] == "Riverside Primary"
    assert data["assessments"]["answers"][0]["response"] == {"text": "My lesson plan"}
    assert data["assessments"]["attempts"][0]["assessment__slug"] == "plan"
    assert {row["level__code"] for row in data["competency"]["level_attainments"]} == {"KA"}
    assert data["competency"]["competency_evidence"]
    certificate = data["certificates"]["certificates"][0]
    assert certificate["code"] == rich_teacher.certificate.code
    assert json.loads(certificate["credential_json"])  # the signed credential, as issued
    assert data["cohorts"]["cohort_memberships"][0]["cohort__name"] == "Riverside"
    # a CSV per table, readable by a spreadsheet
    assert "csv/accounts-profile.csv" in names and "csv/assessments-answers.csv" in names
    rows = list(csv.DictReader(io.StringIO(archive.read("csv/accounts-profile.csv").decode("utf-8-sig"))))
    assert rows[0]["username"] == "amina"
    # the files they uploaded
    upload = next(n for n in names if n.startswith("files/uploads/"))
    assert archive.read(upload) == b"essay bytes"


def test_every_app_with_personal_data_answers_for_it():
    assert {p.name for p in personal_data_parts()} >= {
        "accounts",
        "competency",
        "assessments",
        "certificates",
        "cms",
        "cohorts",
        "audit",
    }


def test_nobody_else_downloads_it(db, client, teacher, make_user, administrator, django_capture_on_commit_callbacks):
    _download(client, teacher, django_capture_on_commit_callbacks)
    url = DataExport.objects.get(user=teacher).get_absolute_url()
    for other in (make_user("someone"), administrator):
        client.force_login(other)
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_asking_twice_while_it_is_prepared_makes_one(db, teacher):
    from privacy.services.exports import data_export_request

    first = DataExport.objects.create(user=teacher, expires_at=timezone.now() + timedelta(days=7))
    assert data_export_request(user=teacher) == first
    assert DataExport.objects.filter(user=teacher).count() == 1


def test_after_its_period_the_link_is_gone_and_the_file_deleted(
    db, client, teacher, django_capture_on_commit_callbacks
):
    _download(client, teacher, django_capture_on_commit_callbacks)
    export = DataExport.objects.get(user=teacher)
    path = export.file.path
    later = export.expires_at + timedelta(seconds=1)
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client.get(export.get_absolute_url()).status_code == 404
    assert data_exports_purge(now=later) == 1
    assert not DataExport.objects.exists()
    assert not os.path.exists(path)


@pytest.mark.parametrize("days", [7, 30])
def test_the_period_is_a_setting(db, client, teacher, settings, days, django_capture_on_commit_callbacks):
    settings.PRIVACY_EXPORT_DAYS = days
    _download(client, teacher, django_capture_on_commit_callbacks)
    export = DataExport.objects.get(user=teacher)
    assert timedelta(days=days - 1) < export.expires_at - timezone.now() <= timedelta(days=days)


def test_an_upload_missing_on_disk_is_said_so_and_the_rest_still_comes(
    db, client, rich_teacher, django_capture_on_commit_callbacks
):
    os.remove(rich_teacher.attempt.answers.get().file.path)
    archive = _download(client, rich_teacher, django_capture_on_commit_callbacks)
    missing = [n for n in archive.namelist() if n.endswith(".missing.txt")]
    assert len(missing) == 1 and missing[0].startswith("files/uploads/")
    assert "personal-data.json" in archive.namelist()
    assert DataExport.objects.get(user=rich_teacher).size > 0
