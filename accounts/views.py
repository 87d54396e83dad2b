from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .forms import ProfileForm
from .language import language_remember
from .models import User
from .services import user_language_set, user_profile_update


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        # A fresh copy: a refused form must not leave unsaved values on request.user (shown in the page).
        form = ProfileForm(request.POST, instance=User.objects.get(pk=request.user.pk))
        if form.is_valid():
            user = user_profile_update(user=request.user, data=form.cleaned_data)
            # Switch first so the confirmation is already in the language just chosen.
            language_remember(request=request, language=user.preferred_language)
            messages.success(request, _("Your profile was saved."))
            return redirect("accounts:profile")
    else:
        form = ProfileForm(instance=request.user)
    return render(request, "accounts/profile.html", {"form": form})


# No CSRF token: the switcher is on every page, including pages served from the page cache (ADR 0058), where a
# token would belong to another visitor. The worst a forged post can do is change someone's language (ADR 0065).
@csrf_exempt
@require_POST
def language_choose(request: HttpRequest) -> HttpResponse:
    """The language switcher in every page's footer: a plain form, so it works without JavaScript.

    Anonymous visitors keep the choice in the language cookie; a signed-in teacher's profile changes too, so the
    next log-in on another device speaks the same language (ADR 0020).
    """
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(_("Unknown language."), content_type="text/plain; charset=utf-8")
    if request.user.is_authenticated:
        user_language_set(user=request.user, language=language)
    language_remember(request=request, language=language)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    return redirect(target)
