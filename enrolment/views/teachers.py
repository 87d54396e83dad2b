"""The teacher's side: sign in with a code, choose a password or keep codes, answer cohort invitations."""

from django.contrib import messages
from django.contrib.auth import login, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from accounts.language import language_remember
from common.views import ratelimited

from .. import services
from ..forms import ChoosePasswordForm, CodeForm
from ..selectors import invitations_pending_for

BACKEND = "django.contrib.auth.backends.ModelBackend"


def code_sign_in(request):
    """GET shows the form (a link in an e-mail fills it in; mail scanners that open links spend nothing); POST
    redeems."""
    form = CodeForm(request.POST or None, initial={"code": request.GET.get("code", "")})
    if request.method == "POST":
        if is_ratelimited(request, group="enrolment-code", key="ip", rate="20/10m", method="POST", increment=True):
            return ratelimited(request)
        if form.is_valid():
            user = services.code_redeem(code=form.cleaned_data["code"])
            if user is not None:
                login(request, user, backend=BACKEND)
                language_remember(request=request, language=user.preferred_language)
                return redirect("enrolment:welcome")
            form.add_error(
                "code", _("This code is not valid, was already used or has expired: ask your trainer for a new one.")
            )
    return render(request, "enrolment/code.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def welcome(request):
    """After a code: choose a password, or keep signing in with codes. Only for an account with no password yet:
    changing an existing one asks for it (allauth's page), so an unattended session cannot take the account."""
    if request.user.has_usable_password():
        return redirect("enrolment:invitations")
    form = ChoosePasswordForm(request.user, request.POST or None)
    if request.method == "POST":
        if request.POST.get("keep_codes"):
            return redirect("enrolment:invitations")
        if form.is_valid():
            form.save()
            services.codes_void(user=form.user)  # a card or link still lying around no longer opens the account
            update_session_auth_hash(request, form.user)
            messages.success(
                request, _("Your password is saved: sign in next time with your username or e-mail and it.")
            )
            return redirect("enrolment:invitations")
    return render(request, "enrolment/welcome.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def invitations(request):
    pending = list(invitations_pending_for(user=request.user))
    return render(request, "enrolment/invitations.html", {"invitations": pending})


@require_POST
@login_required
def invitation_answer(request, pk: int, answer: str):
    if answer not in ("accept", "decline"):
        raise Http404("No such answer.")
    try:
        if answer == "accept":
            cohort = services.invitation_accept(invitation_id=pk, user=request.user)
            messages.success(
                request, _("You joined “%(name)s”: its trainers now see your progress.") % {"name": cohort.name}
            )
        else:
            cohort = services.invitation_decline(invitation_id=pk, user=request.user)
            messages.success(request, _("You declined to join “%(name)s”.") % {"name": cohort.name})
    except services.InvitationError as exc:
        messages.error(request, str(exc))
    return redirect("enrolment:invitations")
