from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .forms import ProfileForm
from .language import language_remember
from .models import User
from .services import user_profile_update


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
