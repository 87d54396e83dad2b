"""Lesson pages served whole from the cache, with the teacher's own parts added on every view (ADR 0162).

A lesson page is the same for every teacher but for a few parts (navigation, messages, progress, the forms and
notes): `LessonPage.serve` renders it once as a frame (common.visitor_parts) and keeps it in the Django cache, keyed
by host and path, interface language and data saver, beside the content generation it was made under
(cms.page_cache). `page_frame_serve` answers from that frame before Wagtail routes the request: the site, routing,
view-restriction and page queries are not made, and only the parts are rendered.

A frame is made and served only for a plain GET or HEAD (no query string: a preview, a search or `?play=` render as
usual), of a live page without view restrictions; any publish, unpublish, move, deletion or restriction change
replaces the content generation, which makes every frame unreachable at once on every web host.
"""

import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation

from accounts.data_saver import data_saver_enabled
from common.visitor_parts import frame_render

from .page_cache import GENERATION_KEY, TIMEOUT, content_generation


def _eligible(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and not getattr(request, "is_preview", False)
    )


def frame_key(*, host: str, path: str, language: str, data_saver: bool) -> str:
    where = hashlib.sha256(f"{host}\n{path}".encode()).hexdigest()[:40]
    return f"cms:frame:{language}:{int(data_saver)}:{where}"


def _key(request) -> str:
    return frame_key(
        host=request.get_host(),
        path=request.path,
        language=translation.get_language() or "",
        data_saver=data_saver_enabled(request),
    )


def page_frame_serve(request) -> HttpResponse | None:
    """The page from its cached frame, or None when there is none (Wagtail serves the page, which stores one)."""
    if not _eligible(request):
        return None
    key = _key(request)
    found = cache.get_many([GENERATION_KEY, key])  # one round trip
    entry = found.get(key)
    if entry is None or entry[0] != found.get(GENERATION_KEY):
        return None
    return HttpResponse(entry[1].fill(request))


def page_frame_respond(*, page, request) -> HttpResponse | None:
    """Render `page` as a frame, keep it, and answer this request from it; None where a frame must not be made."""
    if not (_eligible(request) and page.live and not page.get_view_restrictions().exists()):
        return None
    generation = content_generation()  # read first: a publish while this renders leaves the frame unreachable
    context = page.get_context(request)
    frame = frame_render(template_name=page.get_template(request), context=context, request=request)
    if not frame.shareable:
        return None
    cache.set(_key(request), (generation, frame), TIMEOUT)
    return HttpResponse(frame.fill(request))
