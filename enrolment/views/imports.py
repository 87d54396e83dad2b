"""The bulk import pages: upload, preview, apply, and the printable code sheet."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from cohorts.permissions import can_manage_cohorts, is_administrator

from .. import services
from ..forms import ImportForm
from ..parsing import MAX_BYTES, ImportRefused, max_rows, template_csv
from ..selectors import bulk_import_get
from ..services.retention import keep_for
from ..services.sheets import sheet_days


def _manager(view):
    @login_required
    def wrapper(request, *args, **kwargs):
        if not can_manage_cohorts(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _upload(request, uuid):
    upload = bulk_import_get(uploaded_by=request.user, uuid=uuid)
    if upload is None:
        raise Http404("No such import.")
    return upload


@_manager
def import_start(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list = []
    status = 200
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            bulk, _preview = services.import_check(
                actor=request.user, data=upload.read(MAX_BYTES + 1), filename=upload.name or ""
            )
        except ImportRefused as refused:
            errors, status = refused.errors, 400
        else:
            return redirect("enrolment:import_preview", uuid=bulk.uuid)
    elif request.method == "POST":
        status = 400
    context = {"form": form, "errors": errors, "max_rows": max_rows(), "administrator": is_administrator(request.user)}
    return render(request, "enrolment/import_start.html", context, status=status)


@_manager
def import_template(request):
    response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="teachers-template.csv"'
    return response


@_manager
def import_preview(request, uuid):
    """GET: the counts; POST: apply all-or-nothing, then the summary."""
    upload = _upload(request, uuid)
    if upload.applied_at:
        return redirect("enrolment:import_done", uuid=upload.uuid)
    try:
        if request.method == "POST":
            services.import_apply(actor=request.user, upload=upload)
            return redirect("enrolment:import_done", uuid=upload.uuid)
        rows = services.import_rows(actor=request.user, data=bytes(upload.data))
    except ImportRefused as refused:
        # Cohorts or rights changed since the file was checked: say what, as for a new upload.
        context = {"form": ImportForm(), "errors": refused.errors, "max_rows": max_rows()}
        return render(request, "enrolment/import_start.html", context, status=400)
    from ..services.imports import _preview

    preview = _preview(actor=request.user, rows=rows)
    context = {"upload": upload, "preview": preview, "keep_days": keep_for().days}
    return render(request, "enrolment/import_preview.html", context)


@_manager
def import_done(request, uuid):
    upload = _upload(request, uuid)
    if not upload.applied_at:
        return redirect("enrolment:import_preview", uuid=upload.uuid)
    return render(request, "enrolment/import_done.html", {"upload": upload, "summary": upload.summary})


@require_POST
@_manager
def import_sheet(request, uuid):
    """Fresh codes each time (POST: it changes them); the earlier sheet's codes stop working."""
    upload = _upload(request, uuid)
    if not upload.applied_at:
        raise Http404("Not applied.")
    lines = services.sheet_codes_issue(requester=request.user, upload=upload)
    code_url = request.build_absolute_uri("/enrolment/code/")
    if request.POST.get("format") == "pdf":
        from ..pdf import sheet_pdf

        response = HttpResponse(
            sheet_pdf(lines=lines, days=sheet_days(), code_url=code_url), content_type="application/pdf"
        )
        response["Content-Disposition"] = 'attachment; filename="sign-in-codes.pdf"'
        response["Cache-Control"] = "no-store"
        return response
    # The address isolated, so that on a right-to-left card it keeps its final "/" (it would jump to its start).
    context = {"lines": lines, "days": sheet_days(), "code_link": format_html("<bdi>{}</bdi>", code_url)}
    response = render(request, "enrolment/sheet.html", context)
    response["Cache-Control"] = "no-store"
    return response
