"""Taking down an abusive endorsement from the Wagtail admin (ADR 0208).

Certification officers and administrators list the newest endorsements and withdraw one with a reason, at once:
an endorsement is someone's words about a certificate, not the certificate, so no second officer approves; the
audit log keeps who took it down and why.
"""

from django import forms
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from .admin_views import _form_page, _Refused, _refusing
from .scope import may_request_for_anyone
from .selectors import endorsement_by_public_id, endorsements_recent
from .services import EndorsementError, endorsement_take_down

LIST_URL = "certificates_endorsements"


class TakeDownForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Kept in the audit log. The public verification page only says the endorsement was withdrawn."
        ),
        error_messages={"required": gettext_lazy("Give the reason for taking the endorsement down.")},
    )


def _require_moderator(request) -> None:
    if not may_request_for_anyone(request.user):
        raise _Refused


@_refusing
def endorsements_view(request):
    _require_moderator(request)
    return TemplateResponse(
        request,
        "certificates/admin/endorsements.html",
        {"title": _("Endorsements"), "endorsements": endorsements_recent()},
    )


@_refusing
def endorsement_take_down_view(request, public_id: str):
    _require_moderator(request)
    endorsement = endorsement_by_public_id(public_id=public_id)
    if endorsement is None:
        raise Http404(_("No such endorsement."))
    form = TakeDownForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            endorsement_take_down(endorsement=endorsement, by=request.user, reason=form.cleaned_data["reason"])
        except EndorsementError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Endorsement withdrawn: the verification page shows it withdrawn."))
            return redirect(LIST_URL)
    return _form_page(
        request,
        form=form,
        title=_("Withdraw an endorsement"),
        submit=_("Withdraw"),
        certificate=endorsement.certificate,
        intro=_("%(endorser)s wrote: “%(comment)s”")
        % {"endorser": endorsement.endorser_name, "comment": endorsement.comment},
    )
