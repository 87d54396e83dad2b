"""Administrators: what waits for the LRS, what it refused and why, and sending the refused ones again."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from .selectors import outbox_counts, outbox_problems
from .services import outbox_retry_failed


def outbox_view(request):
    if not request.user.has_perm("xapi.view_outboxstatement"):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "xapi/admin/outbox.html",
        {
            "title": _("xAPI statements"),
            "endpoint": settings.XAPI_ENDPOINT,
            "counts": outbox_counts(),
            "problems": outbox_problems(),
            "can_retry": request.user.has_perm("xapi.retry_outboxstatement"),
        },
    )


@require_POST
def outbox_retry_view(request):
    if not request.user.has_perm("xapi.retry_outboxstatement"):
        raise PermissionDenied
    count = outbox_retry_failed()
    text = ngettext(
        "%(count)s refused statement will be sent again.", "%(count)s refused statements will be sent again.", count
    )
    messages.success(request, text % {"count": count})
    return redirect("xapi_outbox")
