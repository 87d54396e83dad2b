"""Trainers' and administrators' certificate actions in the Wagtail admin: issue (one or many), re-issue, revoke."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from competency.models import Level

from .models import Certificate
from .services import CertificateError, certificate_issue, certificate_reissue, certificate_revoke

ISSUE_PERM = "certificates.add_certificate"
REVOKE_PERM = "certificates.revoke_certificate"
LIST_URL = "wagtailsnippets_certificates_certificate:list"


def _require(request, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


class IssueForm(forms.Form):
    users = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Teachers"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
        help_text=gettext_lazy("Select one or several teachers (Ctrl/Cmd-click)."),
        widget=forms.SelectMultiple(attrs={"size": 12}),
    )
    level = forms.ModelChoiceField(
        label=gettext_lazy("Level"), queryset=Level.objects.select_related("framework").order_by("framework", "order")
    )
    force = forms.BooleanField(
        label=gettext_lazy("Issue even if the level is not attained"),
        required=False,
        help_text=gettext_lazy("The certificate then records that it was issued by hand."),
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown on the public verification page."),
    )


def issue_view(request):
    _require(request, ISSUE_PERM)
    form = IssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        level, force = form.cleaned_data["level"], form.cleaned_data["force"]
        issued, refused = [], []
        for user in form.cleaned_data["users"]:
            try:
                issued.append(certificate_issue(user=user, level=level, manual=force, issued_by=request.user))
            except CertificateError as exc:
                refused.append(str(exc))
        if issued:
            messages.success(
                request,
                _("%(count)s certificate(s) issued or already current: %(codes)s")
                % {"count": len(issued), "codes": ", ".join(c.code for c in issued)},
            )
        for message in refused:
            messages.error(request, message)
        if not refused:
            return redirect(LIST_URL)
    return TemplateResponse(
        request,
        "certificates/admin/form.html",
        {"form": form, "title": _("Issue certificates"), "submit": _("Issue")},
    )


def revoke_view(request, pk: int):
    _require(request, REVOKE_PERM)
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        certificate_revoke(certificate=certificate, reason=form.cleaned_data["reason"], by=request.user)
        messages.success(request, _("Certificate %(code)s revoked.") % {"code": certificate.code})
        return redirect(LIST_URL)
    return TemplateResponse(
        request,
        "certificates/admin/form.html",
        {
            "form": form,
            "title": _("Revoke certificate %(code)s") % {"code": certificate.code},
            "certificate": certificate,
            "submit": _("Revoke"),
        },
    )


def reissue_view(request, pk: int):
    _require(request, ISSUE_PERM)
    certificate = get_object_or_404(Certificate, pk=pk)
    if request.method == "POST":
        try:
            new = certificate_reissue(certificate=certificate, by=request.user)
        except CertificateError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("Certificate %(old)s re-issued as %(new)s.") % {"old": certificate.code, "new": new.code},
            )
        return redirect(LIST_URL)
    return TemplateResponse(
        request,
        "certificates/admin/form.html",
        {
            "form": None,
            "title": _("Re-issue certificate %(code)s") % {"code": certificate.code},
            "certificate": certificate,
            "intro": _(
                "A new certificate is made from the holder's current details (e.g. a corrected legal name). "
                "This one will show SUPERSEDED and link to the new one."
            ),
            "submit": _("Re-issue"),
        },
    )
