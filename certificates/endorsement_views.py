"""Endorsing a certificate (/certificates/<code>/endorse/) and an endorsement's signed credential (ADR 0205)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from common.views import ratelimited

from .endorsement_eligibility import endorsement_may
from .models_endorsements import COMMENT_MAX_LENGTH
from .ratelimits import lookup_limited
from .selectors import certificate_lookup, endorsement_by_public_id, endorsement_live
from .services import EndorsementError, endorsement_issue, endorsement_revoke


class EndorseForm(forms.Form):
    comment = forms.CharField(
        label=_("Your endorsement"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "What you saw of this teacher's work: it is signed with your name and shown to anyone who checks "
            "the certificate."
        ),
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def endorse(request, code: str):
    """The endorser's own page for one certificate: the form, or their endorsement with a way to withdraw it."""
    if lookup_limited(request):
        return ratelimited(request)
    lookup = certificate_lookup(raw=code, whole=True)
    certificate = lookup.certificate
    if certificate is None:
        raise Http404(_("No such certificate."))
    mine = endorsement_live(endorser=request.user, certificate_id=certificate.pk)
    if mine is None and not endorsement_may(endorser=request.user, certificate=certificate):
        raise PermissionDenied(_("You may not endorse this certificate."))
    form = EndorseForm()
    if request.method == "POST":
        if request.POST.get("action") == "withdraw" and mine is not None:
            endorsement_revoke(endorsement=mine, by=request.user, reason=str(_("Withdrawn by the endorser.")))
            messages.success(request, _("Your endorsement was withdrawn."))
            return redirect(certificate.get_absolute_url())
        form = EndorseForm(request.POST)
        if mine is None and form.is_valid():
            try:
                endorsement_issue(endorser=request.user, certificate=certificate, comment=form.cleaned_data["comment"])
            except EndorsementError as error:
                form.add_error("comment", str(error))
            else:
                messages.success(request, _("Thank you: your endorsement is signed and shown on the certificate."))
                return redirect(certificate.get_absolute_url())
    status = 400 if form.errors else 200
    return render(
        request, "certificates/endorse.html", {"certificate": certificate, "mine": mine, "form": form}, status=status
    )


@require_POST
@login_required
def endorsement_remove(request, public_id: str):
    """The holder takes an endorsement off their certificate: it is withdrawn, as if by its author (ADR 0208)."""
    endorsement = endorsement_by_public_id(public_id=public_id)
    if endorsement is None or endorsement.certificate.user_id != request.user.pk:
        raise Http404(_("No such endorsement."))
    endorsement_revoke(endorsement=endorsement, by=request.user, reason=str(_("Removed by the holder.")))
    messages.success(request, _("The endorsement was removed from your certificate."))
    return redirect("certificates:mine")


@require_safe
def endorsement_credential(request, public_id: str):
    """The endorsement's signed EndorsementCredential, as issued (a withdrawn one too: its status list says so)."""
    if lookup_limited(request):
        return ratelimited(request)
    endorsement = endorsement_by_public_id(public_id=public_id)
    if endorsement is None or not endorsement.credential_json:
        return JsonResponse({"error": str(_("No such endorsement."))}, status=404)
    response = HttpResponse(endorsement.credential_json.encode("utf-8"), content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    if request.GET.get("download"):
        response["Content-Disposition"] = f'attachment; filename="endorsement-{endorsement.public_id}.json"'
    return response
