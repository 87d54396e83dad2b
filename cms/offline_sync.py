"""Reading what a device sends when it syncs its offline queue: shape checks only, no writes."""

import uuid
from datetime import UTC

from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from common.strict_json import REQUEST_BODY_MAX_BYTES, JsonLimitError, json_loads_limited

from .models import OfflineEventKind
from .services import OfflineEventInput, OfflineEventResult

MAX_EVENTS = 100
MAX_BLOCK_ID = 64
# Django's own cap on a request body (DATA_UPLOAD_MAX_MEMORY_SIZE) and the nesting of {"events": [{...}]}, with room.
MAX_BODY = REQUEST_BODY_MAX_BYTES
MAX_DEPTH = 8


class SyncPayloadError(ValueError):
    """The batch as a whole cannot be read (400): nothing in it is applied."""


def _event_parse(raw) -> OfflineEventInput | OfflineEventResult:
    if not isinstance(raw, dict):
        return OfflineEventResult("", "rejected", _("Each change must be an object."))
    raw_id = raw.get("id")
    try:
        event_id = uuid.UUID(str(raw_id)) if isinstance(raw_id, str) else None
    except ValueError:
        event_id = None
    if event_id is None:
        return OfflineEventResult(str(raw_id)[:64], "rejected", _("The change has no valid identifier (a UUID)."))
    key = str(event_id)
    kind = raw.get("type")
    if kind not in OfflineEventKind.values:
        return OfflineEventResult(key, "rejected", _("Unknown kind of change."))
    lesson = raw.get("lesson")
    if not isinstance(lesson, int) or isinstance(lesson, bool) or not 0 < lesson < 2**31:
        return OfflineEventResult(key, "rejected", _("The lesson must be a page number."))
    try:
        at = parse_datetime(raw["at"]) if isinstance(raw.get("at"), str) else None
    except ValueError:  # well-formed but impossible, such as month 13
        at = None
    if at is None:
        return OfflineEventResult(key, "rejected", _("The time of the change must be an ISO 8601 date and time."))
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    block_id, text = "", ""
    if kind == OfflineEventKind.REFLECTION_SAVE:
        block_id, text = raw.get("block"), raw.get("text")
        if not isinstance(block_id, str) or not 0 < len(block_id) <= MAX_BLOCK_ID or not isinstance(text, str):
            return OfflineEventResult(key, "rejected", _("A note needs its prompt and its text."))
    return OfflineEventInput(uuid=event_id, kind=kind, lesson_id=lesson, client_at=at, block_id=block_id, text=text)


def sync_payload_parse(body: bytes) -> tuple[int | None, list[OfflineEventInput | OfflineEventResult]]:
    """(the account the device queued under, each event parsed or already rejected with its reason)."""
    try:
        data = json_loads_limited(body, max_bytes=MAX_BODY, max_depth=MAX_DEPTH)
    except JsonLimitError as exc:
        raise SyncPayloadError(str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise SyncPayloadError(_('Send an object with a list of "events".'))
    if len(data["events"]) > MAX_EVENTS:
        raise SyncPayloadError(_("Send at most %(n)d changes at a time.") % {"n": MAX_EVENTS})
    user = data.get("user")
    if user is not None and (not isinstance(user, int) or isinstance(user, bool)):
        raise SyncPayloadError(_('"user" must be the account number the changes were made under.'))
    return user, [_event_parse(raw) for raw in data["events"]]
