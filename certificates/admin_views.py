"""Certificate actions in the Wagtail admin, all with four eyes (ADR 0113).

Trainers, certification officers and administrators *ask* for a certificate to be issued by hand (one teacher or
several), re-issued or revoked, with a reason; another certification officer approves or rejects it in the queue.
The person who asked may withdraw it while it waits (ADR 0134). Nothing here issues or revokes directly.
"""

import functools

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.admin import messages

from competency.models import Level

from .models import Certificate, CertificateRequest, RequestKind
from .scope import is_certification_officer, may_request, teachers_in_scope, teachers_scope_ids
from .selectors import certificate_requests_mine_pending, certificate_requests_pending, certificate_requests_recent
from .services import (
    CertificateError,
    certificate_request_approve,
    certificate_request_create,
    certificate_request_reject,
    certificate_request_withdraw,
    certificate_requests_create,
)

REQUEST_PERM = "certificates.add_certificaterequest"
QUEUE_URL = "certificates_requests"
LIST_URL = "wagtailsnippets_certificates_certificate:list"


class _Refused(Exception):
    pass


def _may_ask(user) -> bool:
    return user.has_perm(REQUEST_PERM) and may_request(user)


def _refusing(view):
    """A 403 page for those the view is not for: Wagtail turns a raised PermissionDenied into a redirect to the
    dashboard, which would hide the refusal."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except _Refused:
            return permission_denied(request, PermissionDenied())

    return wrapped


def _require_requester(request) -> None:
    if not _may_ask(request.user):
        raise _Refused


def _require_officer(request) -> None:
    if not is_certification_officer(request.user):
        raise _Refused


def _reason_field(help_text) -> forms.CharField:
    return forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=help_text,
        error_messages={"required": gettext_lazy("Give the reason; the certification officer decides on it.")},
    )


class IssueRequestForm(forms.Form):
    users = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Teachers"),
        queryset=get_user_model().objects.none(),
        help_text=gettext_lazy(
            "Select one or several teachers (Ctrl/Cmd-click). Trainers see their cohorts' teachers."
        ),
        widget=forms.SelectMultiple(attrs={"size": 12}),
        error_messages={"required": gettext_lazy("Select at least one teacher.")},
    )
    level = forms.ModelChoiceField(
        label=gettext_lazy("Level"),
        queryset=Level.objects.select_related("framework").order_by("framework", "order"),
        error_messages={"required": gettext_lazy("Choose the level the certificate attests.")},
    )
    reason = _reason_field(
        gettext_lazy(
            "Why this certificate is issued although assessments did not earn it (e.g. recognised prior training). "
            "It is shown on the certificate's verification page."
        )
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        teachers = get_user_model().objects.filter(is_active=True).exclude(pk=user.pk).order_by("username")
        scope = teachers_scope_ids(user=user)
        if scope is not None:
            teachers = teachers.filter(pk__in=scope)
        self.fields["users"].queryset = teachers
        self.fields["users"].label_from_instance = lambda u: f"{u} ({u.get_username()})"
        self.fields["level"].label_from_instance = lambda level: level.label_in()


class ReasonForm(forms.Form):
    reason = _reason_field(gettext_lazy("Shown on the public verification page once approved."))


class DecisionForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for the decision"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("Required to reject: the person who asked reads it."),
    )


def _form_page(request, *, form, title: str, submit: str, certificate=None, intro: str = ""):
    context = {"form": form, "title": title, "submit": submit, "certificate": certificate, "intro": intro}
    return TemplateResponse(request, "certificates/admin/form.html", context, status=400 if form.errors else 200)


@_refusing
def request_issue_view(request):
    _require_requester(request)
    form = IssueRequestForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        result = certificate_requests_create(
            requester=request.user,
            teachers=form.cleaned_data["users"],
            level=form.cleaned_data["level"],
            reason=form.cleaned_data["reason"],
        )
        if result.created:
            messages.success(
                request,
                _("%(count)s request(s) sent to the certification officers for approval.")
                % {"count": len(result.created)},
            )
        for message in result.refused:
            messages.error(request, message)
        if not result.refused:
            return redirect(QUEUE_URL)
    return _form_page(
        request,
        form=form,
        title=_("Ask to issue certificates by hand"),
        submit=_("Send for approval"),
        intro=_(
            "Certificates for levels the teachers attained are issued automatically. A certificate issued by hand "
            "needs the approval of a certification officer other than you, and says so on it."
        ),
    )


@_refusing
def _certificate_request_view(request, pk: int, *, kind: str, title: str, submit: str, intro: str):
    _require_requester(request)
    certificate = get_object_or_404(Certificate.objects.select_related("user", "level"), pk=pk)
    if not teachers_in_scope(user=request.user, teacher_ids=[certificate.user_id]):
        # Not one of the trainer's teachers: as if it did not exist, like another trainer's cohort.
        raise Http404(_("No such certificate."))
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate_request_create(
                requester=request.user,
                kind=kind,
                teacher=certificate.user,
                level=certificate.level,
                certificate=certificate,
                reason=form.cleaned_data["reason"],
            )
        except CertificateError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Request sent to the certification officers for approval."))
            return redirect(QUEUE_URL)
    return _form_page(request, form=form, title=title, submit=submit, certificate=certificate, intro=intro)


def request_revoke_view(request, pk: int):
    return _certificate_request_view(
        request,
        pk,
        kind=RequestKind.REVOKE,
        title=_("Ask to revoke a certificate"),
        submit=_("Send for approval"),
        intro=_("Once another certification officer approves, the verification page shows REVOKED with this reason."),
    )


def request_reissue_view(request, pk: int):
    return _certificate_request_view(
        request,
        pk,
        kind=RequestKind.REISSUE,
        title=_("Ask to re-issue a certificate"),
        submit=_("Send for approval"),
        intro=_(
            "Once approved, a new certificate is made from the holder's current details (e.g. a corrected legal "
            "name). This one will show SUPERSEDED and link to the new one."
        ),
    )


@_refusing
def requests_view(request):
    """The queue: officers decide pending requests; those who ask follow their own."""
    officer = is_certification_officer(request.user)
    if not officer:
        _require_requester(request)
    return _queue(request)


def _queue(request, *, status: int = 200):
    officer = is_certification_officer(request.user)
    pending = certificate_requests_pending() if officer else certificate_requests_mine_pending(user=request.user)
    return TemplateResponse(
        request,
        "certificates/admin/requests.html",
        {
            "title": _("Certificate requests"),
            "pending": list(pending),
            "recent": certificate_requests_recent(user=request.user),
            "officer": officer,
            "may_request": _may_ask(request.user),
            "decision_form": DecisionForm(),
        },
        status=status,
    )


@require_POST
@_refusing
def request_approve_view(request, pk: int):
    _require_officer(request)
    form = DecisionForm(request.POST)
    note = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        decided = certificate_request_approve(request_id=pk, approver=request.user, note=note)
    except CertificateError as exc:
        # Refused (own request, already rejected...): the queue again, saying why, with a 400.
        messages.error(request, str(exc))
        return _queue(request, status=400)
    messages.success(request, _("Approved: certificate %(code)s is done.") % {"code": decided.result.code})
    return redirect(QUEUE_URL)


@require_POST
@_refusing
def request_reject_view(request, pk: int):
    _require_officer(request)
    form = DecisionForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        certificate_request_reject(request_id=pk, approver=request.user, reason=reason)
    except CertificateError as exc:
        messages.error(request, str(exc))
        return _queue(request, status=400)
    messages.success(request, _("Request rejected."))
    return redirect(QUEUE_URL)


@require_POST
@_refusing
def request_withdraw_view(request, pk: int):
    asked = get_object_or_404(CertificateRequest, pk=pk)
    if asked.requested_by_id != request.user.pk:
        raise _Refused  # only the person who asked; an officer who disagrees rejects it
    form = DecisionForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        certificate_request_withdraw(request=asked, by=request.user, reason=reason)
    except CertificateError as exc:
        messages.error(request, str(exc))
        return _queue(request, status=400)
    messages.success(request, _("Request withdrawn."))
    return redirect(QUEUE_URL)
