"""Wagtail admin pages to import a framework file as a new version and to download exports."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from competency.admin_forms import ImportForm
from competency.interchange import (
    FORMATS,
    InterchangeError,
    decode_upload,
    export_filename,
    framework_export,
    framework_import,
)
from competency.models import Framework

IMPORT_PERMISSION = "competency.add_framework"
EXPORT_PERMISSION = "competency.view_framework"


class InterchangeView(WagtailAdminTemplateMixin, FormView):
    """Import form plus the list of frameworks to export; trainers and administrators import."""

    template_name = "competency/admin/interchange.html"
    page_title = gettext_lazy("Import and export frameworks")
    header_icon = "download"
    form_class = ImportForm

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if not request.user.has_perm(EXPORT_PERMISSION):
            raise PermissionDenied
        if request.method == "POST" and not request.user.has_perm(IMPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "formats": FORMATS}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_import"] = self.request.user.has_perm(IMPORT_PERMISSION)
        context["frameworks"] = Framework.objects.all()
        context["formats"] = [(key, label) for key, (label, _ext, _mime) in FORMATS.items()]
        return context

    def form_valid(self, form):
        try:
            framework = framework_import(
                content=decode_upload(form.cleaned_data["file"].read()),
                fmt=form.cleaned_data["fmt"],
                slug=form.cleaned_data["slug"],
                version=form.cleaned_data["version"],
                name=form.cleaned_data["name"],
            )
        except InterchangeError as exc:
            form.add_error("file", str(exc))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Imported %(framework)s as %(slug)s: %(count)d competencies.")
            % {"framework": framework, "slug": framework.slug, "count": framework.competencies.count()},
        )
        return redirect(reverse("competency_interchange"))


def export_view(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    if not request.user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied
    framework = get_object_or_404(Framework, slug=slug)
    if fmt not in FORMATS:
        messages.error(request, _("Unknown export format %(fmt)s.") % {"fmt": fmt})
        return redirect(reverse("competency_interchange"))
    response = HttpResponse(
        framework_export(framework=framework, fmt=fmt), content_type=f"{FORMATS[fmt][2]}; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{export_filename(framework=framework, fmt=fmt)}"'
    return response
