"""The notification list, opening one (marks it read), marking all read, and the preferences page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import PreferencesForm
from .kinds import KINDS
from .models import Notification
from .selectors import notification_text, notifications_for, preferences_for
from .services import notifications_mark_read, preferences_save

PER_PAGE = 30


@login_required
def notification_list(request):
    page = Paginator(notifications_for(user=request.user), PER_PAGE).get_page(request.GET.get("page"))
    items = [(n, notification_text(notification=n)) for n in page.object_list]
    return render(request, "notifications/list.html", {"page": page, "items": items})


@login_required
def notification_open(request, pk: int):
    """Following a notification's link marks it read (a GET, so the list works as plain links without JavaScript;
    reading is idempotent). Only a link on this site is followed."""
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    notifications_mark_read(user=request.user, ids=[notification.pk])
    if not url_has_allowed_host_and_scheme(notification.url, allowed_hosts={request.get_host()}):
        return redirect("notifications:list")
    return redirect(notification.url)


@require_POST
@login_required
def notifications_read(request):
    notifications_mark_read(user=request.user)
    return redirect("notifications:list")


@login_required
def preferences(request):
    current = preferences_for(user=request.user)
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            on = set(form.cleaned_data["kinds_on"])
            preferences_save(
                user=request.user,
                kinds_off=[k for k in KINDS if k not in on],
                email_mode=form.cleaned_data["email_mode"],
            )
            messages.success(request, _("Your notification preferences are saved."))
            return redirect("notifications:preferences")
    else:
        form = PreferencesForm(
            initial={
                "kinds_on": [k for k in KINDS if k not in current.kinds_off],
                "email_mode": current.email_mode,
            }
        )
    return render(request, "notifications/preferences.html", {"form": form})
