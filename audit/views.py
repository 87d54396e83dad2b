"""The audit log in the Wagtail admin, and its CSV export: administrators only, 403 for everyone else."""

import csv

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.defaults import permission_denied

from .selectors import audit_can_read, audit_events

CSV_COLUMNS = ("id", "at", "action", "actor_id", "actor_label", "target_type", "target_id", "target_label", "reason")


def _refused(request):
    """A 403 page: Wagtail would turn a raised PermissionDenied into a redirect to the dashboard, which hides the
    refusal from clients and tests alike."""
    return permission_denied(request, PermissionDenied())


def _events(request):
    return audit_events(action=request.GET.get("action", "").strip()[:64])


def audit_list_view(request):
    if not audit_can_read(user=request.user):
        return _refused(request)
    page = Paginator(_events(request), 100).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "audit/list.html",
        {"title": _("Audit log"), "page": page, "action": request.GET.get("action", "")},
    )


class _Echo:
    def write(self, value):
        return value


def _csv_cell(value) -> str:
    # A cell starting with = + - @ is a formula to spreadsheet programs: quote it so it stays text.
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def audit_export_view(request):
    if not audit_can_read(user=request.user):
        return _refused(request)
    writer = csv.writer(_Echo())

    def rows():
        yield writer.writerow([*CSV_COLUMNS, "data"])
        for event in _events(request).iterator(chunk_size=500):
            values = [getattr(event, column) for column in CSV_COLUMNS]
            values[1] = event.at.isoformat()
            yield writer.writerow([_csv_cell(v) for v in values] + [_csv_cell(event.data)])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="audit-log.csv"'
    return response
