"""Long exports: ask, watch the progress (the page refreshes itself, no JavaScript), download when ready."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from ..models import ExportStatus, ReportExport
from ..permissions import can_export_reports
from ..services.exports import ExportError, export_is_expired, export_request


def _may_export(request) -> None:
    if not can_export_reports(request.user):
        raise PermissionDenied


def _mine(request, export) -> ReportExport:
    _may_export(request)
    # Only the person who asked: anyone else (an administrator included) gets a 404, as for a missing file.
    found = ReportExport.objects.filter(uuid=export, requested_by=request.user).first()
    if found is None or export_is_expired(export=found):
        raise Http404("No such export.")
    return found


@login_required
def export_list(request):
    _may_export(request)
    exports = ReportExport.objects.filter(requested_by=request.user).order_by("-created_at")[:50]
    return render(request, "cohorts/export_list.html", {"exports": exports})


@require_POST
@login_required
def export_create(request):
    kind = request.POST.get("kind", "")
    params = {}
    if kind == "cohort_workbook":
        try:
            params["cohort"] = int(request.POST.get("cohort", ""))
        except ValueError:
            raise Http404("No such cohort.") from None
    else:
        params["by"] = request.POST.get("by", "country")
    try:
        export = export_request(user=request.user, kind=kind, params=params)
    except ExportError as exc:
        messages.error(request, str(exc))
        return redirect("cohorts:export_list")
    return redirect(export)


@login_required
def export_status(request, export):
    found = _mine(request, export)
    refresh = found.status in (ExportStatus.PENDING, ExportStatus.RUNNING)
    return render(request, "cohorts/export_status.html", {"export": found, "refresh": refresh})


@login_required
def export_download(request, export):
    found = _mine(request, export)
    if found.status != ExportStatus.READY or not found.file:
        raise Http404("Not ready.")
    name = found.file.name.rsplit("-", 1)[-1]
    return FileResponse(found.file.open("rb"), as_attachment=True, filename=name)
