"""Telling a teacher in the app that a cohort invitation waits: on log-in, and on a later visit of a long session.

A session remembers when it last looked, so a signed-in teacher costs one small query every few minutes at most,
and pages served to anonymous visitors (the page cache, ADR 0058) cost nothing.
"""

import time

from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import ngettext

_CHECKED = "_enrolment_invitations_checked"
RECHECK_AFTER = 300  # seconds


def _notify(request, user) -> None:
    from .selectors import invitations_pending_count

    request.session[_CHECKED] = int(time.time())
    count = invitations_pending_count(user=user)
    if not count:
        return
    text = ngettext(
        "A trainer invited you to join a cohort: accept or decline the invitation.",
        "Trainers invited you to join %(count)d cohorts: accept or decline the invitations.",
        count,
    ) % {"count": count}
    link = format_html('<a href="{}">{}</a>', reverse("enrolment:invitations"), text)
    messages.info(request, link, fail_silently=True)  # force_login and API log-ins have no message store


def on_user_logged_in(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        _notify(request, user)


class InvitationNoticeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.method == "GET"
            and user is not None
            and user.is_authenticated
            and time.time() - request.session.get(_CHECKED, 0) > RECHECK_AFTER
            and not request.path.startswith(("/static/", "/api/", "/media/"))
        ):
            _notify(request, user)
        return self.get_response(request)
