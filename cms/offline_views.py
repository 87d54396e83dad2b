"""JSON endpoints the offline layer (static/pwa/) talks to: the download list of a module, and progress sync."""

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from common.strict_json import JsonTooLarge, request_body_limited

from . import services
from .models import ModulePage
from .offline_manifest import module_offline_manifest
from .offline_sync import MAX_BODY, SyncPayloadError, sync_payload_parse


@require_GET
def module_offline(request: HttpRequest, page_id: int) -> JsonResponse:
    """What "Download for offline" stores for this module, with the total size to show before downloading."""
    module = get_object_or_404(ModulePage.objects.live(), id=page_id)
    if any(not r.accept_request(request) for r in module.get_view_restrictions()):
        return JsonResponse({"error": _("This module is not public.")}, status=403)
    response = JsonResponse(module_offline_manifest(module=module, request=request))
    response["Cache-Control"] = "private, no-cache"
    return response


@never_cache
@require_POST
def progress_sync(request: HttpRequest) -> JsonResponse:
    """Apply a device's queued changes (lessons marked complete, notes) once each, keyed by their UUIDs.

    200 with one result per event, in order: applied, superseded (a newer note was already stored), duplicate
    (seen before: nothing changed) or rejected (with the reason; it can never succeed). 400 when the batch cannot
    be read; 401 when signed out and 403 when signed in as someone else: the device keeps its queue for later.
    """
    if not request.user.is_authenticated:
        return JsonResponse(
            {
                "error": _("You are signed out. Sign in again to send the changes saved on this device."),
                "code": "signed_out",
                "login_url": reverse("account_login"),
            },
            status=401,
        )
    try:
        queued_by, events = sync_payload_parse(request_body_limited(request, max_bytes=MAX_BODY))
    except JsonTooLarge as exc:
        return JsonResponse({"error": str(exc), "code": "too_large"}, status=413)
    except SyncPayloadError as exc:
        return JsonResponse({"error": str(exc), "code": "malformed"}, status=400)
    if queued_by is not None and queued_by != request.user.pk:
        return JsonResponse(
            {
                "error": _("These changes were saved by another account. Sign in as that account to send them."),
                "code": "other_user",
            },
            status=403,
        )
    results = [
        event
        if isinstance(event, services.OfflineEventResult)
        else services.offline_event_apply(user=request.user, event=event)
        for event in events
    ]
    return JsonResponse({"results": [{"id": r.id, "status": r.status, "reason": r.reason} for r in results]})
