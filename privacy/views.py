"""The privacy notice, and a person's own data: download it, or erase the account (ADR 0151)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.triggers import FLOOR_YEARS

from .forms import ErasureForm
from .models import DataExport, ExportStatus
from .services.erasure import ErasureError, account_erase
from .services.exports import data_export_is_available, data_export_request


def privacy_notice(request):
    return render(
        request,
        "privacy/notice.html",
        {
            "controller": settings.PRIVACY_CONTROLLER,
            "contact": settings.PRIVACY_CONTACT_EMAIL,
            "export_days": settings.PRIVACY_EXPORT_DAYS,
            "session_days": settings.PRIVACY_SESSION_DAYS,
            "task_log_days": settings.PRIVACY_TASK_LOG_DAYS,
            "bulk_import_days": settings.PRIVACY_BULK_IMPORT_DAYS,
            "audit_years": max(settings.AUDIT_RETENTION_YEARS, FLOOR_YEARS),
        },
    )


@login_required
def my_privacy(request):
    exports = DataExport.objects.filter(user=request.user).order_by("-created_at")[:10]
    refresh = any(e.status == ExportStatus.PENDING for e in exports)
    return render(
        request,
        "privacy/me.html",
        {
            "exports": [(e, data_export_is_available(export=e)) for e in exports],
            "refresh": refresh,
            "export_days": settings.PRIVACY_EXPORT_DAYS,
        },
    )


@require_POST
@login_required
def export_create(request):
    data_export_request(user=request.user)
    messages.success(request, _("Your data is being prepared; this page shows the download link when it is ready."))
    return redirect("privacy:me")


@login_required
def export_download(request, export):
    # Only the person it is about: anyone else, administrators included, gets a 404 as for a missing file.
    found = DataExport.objects.filter(uuid=export, user=request.user).first()
    if found is None or not data_export_is_available(export=found):
        raise Http404("No such export.")
    return FileResponse(
        found.file.open("rb"), as_attachment=True, filename=f"personal-data-{found.created_at:%Y-%m-%d}.zip"
    )


@login_required
def erase(request):
    form = ErasureForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            account_erase(user=request.user, revoke_certificates=form.cleaned_data["revoke_certificates"])
        except ErasureError as exc:
            form.add_error(None, str(exc))
        else:
            logout(request)
            messages.success(request, _("Your account has been erased."))
            return redirect("privacy:notice")
    return render(request, "privacy/erase.html", {"form": form})
