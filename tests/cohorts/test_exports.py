"""Long exports run as tasks, show progress, are kept 7 days and only for the person who asked."""

import re
from datetime import timedelta
from io import BytesIO

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from cohorts.models import ExportStatus, ReportExport
from cohorts.services.exports import export_request, exports_purge

pytestmark = pytest.mark.django_db


def test_workbook_export_holds_every_cohort_table(world, trainer, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export = export_request(user=trainer, kind="cohort_workbook", params={"cohort": world["cohort"].pk})
    export.refresh_from_db()
    assert export.status == ExportStatus.READY and export.progress == 100
    assert "private" in export.file.path
    with pytest.raises(ValueError):
        export.file.url  # noqa: B018  (no public URL exists)
    client.force_login(trainer)
    page = client.get(export.get_absolute_url()).content.decode()
    assert "Download" in page and 'http-equiv="refresh"' not in page
    book = load_workbook(BytesIO(b"".join(client.get(f"{export.get_absolute_url()}download/").streaming_content)))
    assert {"Mastery heatmap", "Module funnel", "Teachers", "Time to mastery"} <= set(book.sheetnames)


def test_a_pending_export_page_refreshes_itself_without_javascript(trainer, world, client):
    export = ReportExport.objects.create(requested_by=trainer, kind="cohort_workbook", params={})
    client.force_login(trainer)
    html = client.get(export.get_absolute_url()).content.decode()
    assert (
        'http-equiv="refresh"' in html
        and "<progress" in html
        and not re.search(r"<script(?![^>]*\bsrc=\"/static/)", html)
    )


def test_overview_export_is_suppressed_like_the_page(administrator, make_user, django_capture_on_commit_callbacks):
    for i in range(3):
        make_user(f"s{i}", country="Kenya", region="Coast", school="Tiny")
    with django_capture_on_commit_callbacks(execute=True):
        export = export_request(user=administrator, kind="overview_csv", params={"by": "school"})
    export.refresh_from_db()
    text = export.file.read().decode("utf-8-sig")
    assert "fewer than 5" in text and "Trend per month" not in text.splitlines()[0]


def test_exports_older_than_7_days_are_deleted_with_their_file(trainer, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export = export_request(user=trainer, kind="cohort_workbook", params={"cohort": world["cohort"].pk})
    export.refresh_from_db()
    path = export.file.path
    assert exports_purge() == 0
    ReportExport.objects.filter(pk=export.pk).update(created_at=timezone.now() - timedelta(days=8))
    assert exports_purge() == 1
    assert not ReportExport.objects.filter(pk=export.pk).exists()
    import os

    assert not os.path.exists(path)


def test_purge_runs_daily_from_a_schedule():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(name="cohorts: delete old report exports")
    assert schedule.func == "cohorts.tasks.exports_purge_task" and schedule.schedule_type == Schedule.DAILY


def test_a_trainer_removed_from_the_cohort_gets_no_file(world, trainer, django_capture_on_commit_callbacks):
    export = export_request(user=trainer, kind="cohort_workbook", params={"cohort": world["cohort"].pk})
    world["cohort"].trainers.remove(trainer)
    from cohorts.services.exports import export_build

    export = export_build(export_id=export.pk)
    assert export.status == ExportStatus.FAILED and not export.file
