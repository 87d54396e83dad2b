"""Long exports: queued, built by the worker with a progress figure, downloadable by the requester for 7 days."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import ExportStatus, ReportExport
from ..permissions import cohorts_visible, overview_scope
from ..selectors.overview import GROUPINGS, programme_overview, programme_trend
from ..tables import table_csv, tables_xlsx

KEEP_FOR = timedelta(days=7)
KINDS = ("cohort_workbook", "overview_csv")


class ExportError(Exception):
    pass


def export_request(*, user, kind: str, params: dict) -> ReportExport:
    """Check the person may see the report now, record the request, and queue it once the row is committed."""
    if kind not in KINDS:
        raise ExportError(_("Unknown report."))
    _check_access(user=user, kind=kind, params=params)
    export = ReportExport.objects.create(requested_by=user, kind=kind, params=params)

    def queue():
        from django_q.tasks import async_task

        async_task("cohorts.tasks.export_build_task", export.pk, task_name=f"export-{export.uuid}")

    transaction.on_commit(queue)
    return export


def _check_access(*, user, kind: str, params: dict):
    if kind == "cohort_workbook":
        cohort = cohorts_visible(user=user).filter(pk=params.get("cohort")).first()
        if cohort is None:
            raise ExportError(_("You cannot export this cohort."))
        return cohort
    scope = overview_scope(user=user)
    if scope is None:
        raise ExportError(_("You cannot export the programme overview."))
    if params.get("by") not in GROUPINGS:
        raise ExportError(_("Choose country, region or school."))
    return scope


def export_build(*, export_id: int) -> ReportExport:
    """The task body. Access is checked again: a trainer removed from a cohort since asking gets nothing."""
    from ..reports import cohort_tables, overview_table, trend_table

    export = ReportExport.objects.select_related("requested_by").get(pk=export_id)
    if export.status == ExportStatus.READY:
        return export  # a retried task does not build twice

    def progress(done: int, total: int) -> None:
        percent = min(99, round(100 * done / max(total, 1)))
        ReportExport.objects.filter(pk=export.pk).update(status=ExportStatus.RUNNING, progress=percent)

    try:
        target = _check_access(user=export.requested_by, kind=export.kind, params=export.params)
        progress(0, 1)
        if export.kind == "cohort_workbook":
            content = tables_xlsx(cohort_tables(cohort=target, progress=progress))
            name = f"cohort-{target.pk}.xlsx"
        else:
            overview = programme_overview(scope=target)
            progress(1, 2)
            content = table_csv(overview_table(overview=overview, by=export.params["by"]))
            content += b"\r\n" + table_csv(trend_table(trend=programme_trend(scope=target))).removeprefix(
                "\ufeff".encode()
            )
            name = f"overview-{export.params['by']}.csv"
        export.file.save(name, ContentFile(content), save=False)
        export.status, export.progress, export.error = ExportStatus.READY, 100, ""
    except ExportError as exc:
        export.status, export.error = ExportStatus.FAILED, str(exc)
    export.finished_at = timezone.now()
    export.save(update_fields=["file", "status", "progress", "error", "finished_at"])
    return export


def export_is_expired(*, export: ReportExport, now=None) -> bool:
    return (now or timezone.now()) - export.created_at > KEEP_FOR


def exports_purge(*, now=None) -> int:
    """Delete exports (rows and files) older than 7 days. Daily django-q schedule."""
    cutoff = (now or timezone.now()) - KEEP_FOR
    old = list(ReportExport.objects.filter(created_at__lt=cutoff))
    for export in old:
        if export.file:
            export.file.delete(save=False)
        export.delete()
    return len(old)
