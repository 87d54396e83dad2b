"""What every teacher sees the same on lesson, module and catalogue pages, kept in the Django cache.

Keys carry the page's live revision, the interface and content language, data saver, and a content generation that
any publish, unpublish, move, delete, image, document or view-restriction change replaces (cms.page_cache_signals),
so an editor's change shows at once on every web host sharing the cache (docs/decisions/0160). Per-teacher parts
(progress, notes, enrolment, assessment states, the reflection forms) are never cached.
"""

import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import translation
from django.utils.safestring import mark_safe

GENERATION_KEY = "cms:content-generation"
TIMEOUT = 24 * 3600  # a bound on memory, not on staleness: the generation makes stale entries unreachable
LIVE_BLOCKS = frozenset({"reflection"})  # blocks with the teacher's own note and a form: rendered on every view


def content_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        # add, not set: two hosts filling at once agree on one value.
        if not cache.add(GENERATION_KEY, generation, None):
            generation = cache.get(GENERATION_KEY) or generation
    return generation


def content_generation_bump(**_kwargs) -> None:
    """Make every cached page body unreachable (a signal receiver: content changed somewhere)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def page_cache_key(kind: str, *parts) -> str:
    language = translation.get_language() or ""
    return ":".join(["cms", kind, content_generation(), language, *(str(p) for p in parts)])


def cache_get(key: str):
    return cache.get(key)


def cache_put(key: str, value) -> None:
    cache.set(key, value, TIMEOUT)


@dataclass(frozen=True)
class PageText:
    """The words of the shown page (a translation or the original) without the page object behind them."""

    pk: int | None
    title: str
    summary: str
    locale_id: int | None = None
    cover_alt: str = ""


def page_text(page) -> PageText:
    return PageText(
        pk=page.pk,
        title=page.title,
        summary=getattr(page, "summary", ""),
        locale_id=page.locale_id,
        cover_alt=getattr(page, "cover_alt", ""),
    )


def body_segments(*, body, data_saver: bool) -> list[tuple[str, object]]:
    """The body as HTML strings, with the blocks that hold per-teacher parts kept as raw data to render per view."""
    segments: list[tuple[str, object]] = []
    context = {"data_saver": data_saver}
    for child in body:
        if child.block_type in LIVE_BLOCKS:
            segments.append(("live", child.get_prep_value()))
        else:
            segments.append(("html", str(child.render_as_block(dict(context)))))
    return segments


def body_render(*, segments, context: dict) -> str:
    from wagtail.blocks import StreamValue

    from .blocks import LessonBodyBlock

    stream = LessonBodyBlock()
    out = []
    for kind, item in segments:
        if kind == "html":
            out.append(item)
        else:
            block = stream.child_blocks[item["type"]]
            child = StreamValue.StreamChild(block, block.to_python(item["value"]), id=item["id"])
            out.append(str(child.render_as_block(dict(context))))
    return mark_safe("".join(out))  # noqa: S308 - blocks render through their own escaping templates
