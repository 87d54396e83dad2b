"""Certification officers: revocation wishes of erased accounts, each taken up as ordinary revocation requests that
another officer approves in "Certificate requests" (ADR 0113, ADR 0151)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from certificates.scope import is_certification_officer

from .models import Erasure
from .services.erasure import ErasureError, erasure_revocation_ask


def _require_officer(request) -> None:
    if not is_certification_officer(request.user):
        raise PermissionDenied


def wishes_view(request):
    _require_officer(request)
    waiting = Erasure.objects.filter(revoke_wished=True, revoke_taken_up_at__isnull=True).select_related("user")
    return TemplateResponse(
        request,
        "privacy/admin/revocation_wishes.html",
        {"title": _("Revocation wishes of erased accounts"), "waiting": list(waiting.order_by("erased_at"))},
    )


@require_POST
def wish_take_up_view(request, pk: int):
    _require_officer(request)
    try:
        created = erasure_revocation_ask(erasure_id=pk, officer=request.user)
    except Erasure.DoesNotExist:
        raise PermissionDenied from None
    except ErasureError as exc:
        messages.error(request, str(exc))
    else:
        text = ngettext(
            "%(count)s revocation request now waits for another officer.",
            "%(count)s revocation requests now wait for another officer.",
            len(created),
        )
        messages.success(request, text % {"count": len(created)})
    return redirect("privacy_revocation_wishes")
