"""The verification page rendered in two parts: its content per certificate, its frame once per language (ADR 0130).

The content (certificates/_verify_body.html) shows nothing of the visitor, so it is rendered without the request.
The frame (certificates/verify_result.html, which extends base.html: header, navigation, language switcher) is
what every anonymous visitor gets in a given language, but for the page's own address, which the language switcher
and the sign-in link carry. It is rendered for a real request with the address and the content replaced by slots,
kept in this process, and filled for each page. Rendering the frame took about 1.2 ms, more than all the rest of an
unknown code's page (ADR 0130); filling it costs a join.

The frame is used only where nothing else of the visitor could show: no session (the navigation of a signed-in
visitor), no messages, no query string. A frame whose rendering asked for a CSRF token is never kept (a form that
needs one would share the token), and nothing is kept in DEBUG (templates change while the server runs) or after a
setting changed (tests).
"""

import copy
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import urlencode
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

_CONTENT = mark_safe("<!--verify-page-content-->")  # noqa: S308 - a constant
# Kept as it is by escaping, but not by |urlencode ("*" becomes "%2A"): the frame shows which form each slot wants.
_ADDRESS = "/verify/PAGE-FRAME-ADDRESS*/"
_SLOTS = {
    str(_CONTENT): "content",
    escape(_ADDRESS): "address",
    escape(urlencode(_ADDRESS)): "address_urlencoded",
}
_SPLIT = re.compile("(" + "|".join(re.escape(slot) for slot in _SLOTS) + ")")
_frames: dict[str, "Frame"] = {}


@dataclass(frozen=True)
class Frame:
    parts: tuple[str, ...]  # text, with each slot's name in its place
    slots: tuple[tuple[int, str], ...]  # (index in parts, slot name)

    def fill(self, values: dict[str, str]) -> str:
        parts = list(self.parts)
        for index, name in self.slots:
            parts[index] = values[name]
        return "".join(parts)


def _frame_render(request) -> Frame | None:
    stand_in = copy.copy(request)  # shares the visitor's cookies, session and messages; only the address differs
    stand_in.path = _ADDRESS
    token_before = request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    html = render_to_string("certificates/verify_result.html", {"body": _CONTENT}, request=stand_in)
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") != token_before:
        return None
    parts = _SPLIT.split(html)
    slots = tuple((i, _SLOTS[part]) for i, part in enumerate(parts) if i % 2)
    if [name for _i, name in slots].count("content") != 1:
        return None
    return Frame(parts=tuple(parts), slots=slots)


def _frame(request) -> Frame | None:
    if (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or request.META.get("QUERY_STRING")
        or getattr(request, "_messages", None)  # a non-empty storage: this visitor's messages
    ):
        return None
    # Never signed in without a session cookie; read as a whole render reads it, so the answer varies by Cookie alike.
    if request.user.is_authenticated:
        return None
    language = get_language()
    frame = _frames.get(language)
    if frame is None:
        frame = _frame_render(request)
        if frame is not None and not settings.DEBUG:
            _frames[language] = frame
    return frame


def verify_page_render(request, context: dict) -> HttpResponse:
    """The verification page for `context` (certificates/_verify_body.html's), as render() would answer it."""
    body = render_to_string("certificates/_verify_body.html", context)
    frame = _frame(request)
    if frame is None:
        return render(request, "certificates/verify_result.html", {"body": body})
    address = request.get_full_path()
    return HttpResponse(
        frame.fill({"content": body, "address": escape(address), "address_urlencoded": escape(urlencode(address))})
    )


@receiver(setting_changed)
def _forget_frames(**kwargs) -> None:
    _frames.clear()
