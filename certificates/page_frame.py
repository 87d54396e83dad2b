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
from functools import cached_property

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

from common.gzip_join import deflate_segment, gzip_join, stored_segment

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
_not_found: dict[str, tuple[str, bytes]] = {}


@dataclass(frozen=True)
class Frame:
    parts: tuple[str, ...]  # text, with each slot's name in its place
    slots: tuple[tuple[int, str], ...]  # (index in parts, slot name)

    @cached_property
    def _pieces(self) -> tuple:
        """Each text part encoded and compressed once (ADR 0210); None in the slots' places."""
        slots = dict(self.slots)
        return tuple(
            None if i in slots else (part.encode(), deflate_segment(part.encode())) for i, part in enumerate(self.parts)
        )

    def fill_gzipped(self, values: dict[str, str], content: tuple[bytes, bytes]) -> tuple[bytes, bytes]:
        """The filled page, and the same page gzipped, compressing nothing but the content when it has no segment
        yet: `content` is its bytes and their deflate segment; the address slots go in stored blocks."""
        pieces = list(self._pieces)
        for index, name in self.slots:
            if name == "content":
                pieces[index] = content
            else:
                data = values[name].encode()
                pieces[index] = (data, stored_segment(data))
        return b"".join(data for data, _segment in pieces), gzip_join(pieces)


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


def verify_context(*, lookup, user=None) -> dict:
    """What certificates/_verify_body.html shows for `lookup` (a `certificate_lookup(whole=True)`); `user`, a
    signed-in visitor, also gets the link to endorse. The page as it is visited and the content rendered ahead of
    visits (ADR 0210) are built from this one context."""
    from .endorsement_eligibility import endorse_url_for
    from .models import CertificateStatus
    from .selectors import certificate_current, endorsements_for_certificate

    certificate = lookup.certificate
    context = {"certificate": certificate, "error": lookup.error, "statuses": CertificateStatus}
    if certificate is not None:
        context["history_others"] = lookup.others  # read by the same query: the history links need no other
        if certificate.endorsement_count:  # read with the lookup: no query for a certificate never endorsed
            context["endorsements"] = endorsements_for_certificate(certificate_id=certificate.pk)
        if user is not None:  # a signed-in visitor: the page is theirs alone, never cached
            context["endorse_url"] = endorse_url_for(user=user, certificate=certificate)
        if certificate.superseded_by_id:
            context["current"] = certificate_current(certificate=certificate)
    return context


def verify_body_render(context: dict) -> str:
    return render_to_string("certificates/_verify_body.html", context)


def verify_body_missing(*, error: str | None) -> tuple[str, bytes | None]:
    """The content for a code no certificate has, and its deflate segment when it is kept: `error` says why it is
    not a code at all. A well-formed code that was never issued shows the same content as any other such code in a
    language, so that content is rendered and compressed once per language and process."""
    from .models import CertificateStatus

    context = {"certificate": None, "error": error, "statuses": CertificateStatus}
    if error is not None:
        return verify_body_render(context), None
    language = get_language()
    kept = _not_found.get(language)
    if kept is None:
        body = verify_body_render(context)
        kept = (body, deflate_segment(body.encode()))
        if not settings.DEBUG:
            _not_found[language] = kept
    return kept


def verify_page_frame(request, body: str, *, segment: bytes | None = None) -> tuple[HttpResponse, bytes | None]:
    """The verification page around `body` (certificates/_verify_body.html's output), as render() would answer it,
    and, when the frame kept for this language was used, the page gzipped: `segment` is the body's deflate segment
    when it has one (content rendered ahead of visits), else it is compressed here, on its own."""
    frame = _frame(request)
    if frame is None:
        page = render(request, "certificates/verify_result.html", {"body": mark_safe(body)})  # noqa: S308 - rendered HTML
        return page, None
    address = request.get_full_path()
    data = body.encode()
    html, gzipped = frame.fill_gzipped(
        {"address": escape(address), "address_urlencoded": escape(urlencode(address))},
        (data, segment if segment is not None else deflate_segment(data)),
    )
    return HttpResponse(html), gzipped


@receiver(setting_changed)
def _forget_frames(**kwargs) -> None:
    _frames.clear()
    _not_found.clear()
