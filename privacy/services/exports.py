"""A person's data, as a ZIP: JSON of everything, a CSV per table and the files they uploaded (ADR 0151).

Asked for on /me/privacy/, built by the task worker (a large account has thousands of answers), downloadable by that
person only until PRIVACY_EXPORT_DAYS have passed, then deleted with its file by the retention task.
"""

import csv
import io
import json
import shutil
import tempfile
import zipfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import DataExport, ExportStatus
from ..registry import personal_data_parts


def keep_for() -> timedelta:
    return timedelta(days=settings.PRIVACY_EXPORT_DAYS)


def data_export_request(*, user) -> DataExport:
    """Queue an export of `user`'s data; asking again while one is prepared returns that one."""
    pending = DataExport.objects.filter(user=user, status=ExportStatus.PENDING).first()
    if pending is not None:
        return pending
    try:
        with transaction.atomic():
            export = DataExport.objects.create(user=user, expires_at=timezone.now() + keep_for())
    except IntegrityError:  # two clicks at once: the other one won
        return DataExport.objects.get(user=user, status=ExportStatus.PENDING)

    def queue():
        from django_q.tasks import async_task

        async_task("privacy.tasks.data_export_build_task", export.pk, task_name=f"privacy-export-{export.uuid}")

    transaction.on_commit(queue)
    return export


def personal_data_collect(*, user) -> dict[str, dict[str, list[dict]]]:
    """Every app's tables about `user`: {app: {table: [row, ...]}}."""
    return {part.name: data for part in personal_data_parts() if (data := part.export(user=user))}


def _csv(rows: list[dict]) -> bytes:
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return ("\ufeff" + out.getvalue()).encode()  # the BOM: spreadsheet programs then read UTF-8


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
    return str(value)


def personal_data_zip_write(*, user, into) -> None:
    """Write the ZIP to the binary file `into`; uploads are copied in chunks, so a large account needs little memory."""
    data = personal_data_collect(user=user)
    with zipfile.ZipFile(into, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        document = {"exported_at": timezone.now(), "user_id": user.pk, "data": data}
        archive.writestr(
            "personal-data.json", json.dumps(document, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
        )
        for app, tables in data.items():
            for table, rows in tables.items():
                archive.writestr(f"csv/{app}-{table}.csv", _csv(rows))
        for part in personal_data_parts():
            for name, field_file in part.files(user=user):
                try:
                    with field_file.open("rb") as source, archive.open(f"files/{name}", "w") as target:
                        shutil.copyfileobj(source, target, 1024 * 1024)
                except FileNotFoundError:
                    archive.writestr(f"files/{name}.missing.txt", "This file is no longer on the server.\n")


def data_export_build(*, export_id: int) -> DataExport:
    """The task body; a retried task does not build twice."""
    export = DataExport.objects.select_related("user").get(pk=export_id)
    if export.status != ExportStatus.PENDING:
        return export
    with tempfile.TemporaryFile() as handle:
        try:
            personal_data_zip_write(user=export.user, into=handle)
        except Exception as exc:  # noqa: BLE001 - the person sees "failed" and may ask again; the worker logs it
            export.status, export.error = ExportStatus.FAILED, exc.__class__.__name__
        else:
            size = handle.tell()
            handle.seek(0)
            export.file.save(f"personal-data-{export.created_at:%Y-%m-%d}.zip", File(handle), save=False)
            export.status, export.size = ExportStatus.READY, size
            # The download stays available for the whole period from when it is ready.
            export.expires_at = timezone.now() + keep_for()
    export.finished_at = timezone.now()
    export.save(update_fields=["file", "status", "size", "error", "finished_at", "expires_at"])
    return export


def data_export_is_available(*, export: DataExport, now=None) -> bool:
    return export.status == ExportStatus.READY and bool(export.file) and (now or timezone.now()) < export.expires_at


def data_exports_purge(*, now=None) -> int:
    """Exports past their period, rows and files."""
    old = list(DataExport.objects.filter(expires_at__lte=now or timezone.now()))
    for export in old:
        if export.file:
            export.file.delete(save=False)
        export.delete()
    return len(old)
