"""Pages kept whole in the cache, with the parts that differ per visitor left as slots (ADR 0162).

A template marks what depends on the visitor (navigation of a signed-in person, messages, progress, forms with a
CSRF token, notes) with `{% visitor_part "template.html" key=value %}`. Rendered normally, the tag renders that small
template in place. Rendered as a frame (`frame_render`), it leaves a slot and records the template and its
arguments, so the frame holds nothing of the visitor and can be shared: `Frame.fill(request)` renders the parts for
each visitor and joins them with the frame's text.

A part sees only its arguments and the visitor's values (`visitor_values`: request, user, CSRF token, messages),
the same whether it is rendered in place or into a frame, so a part that works on an ordinary page works
on a cached one. Its arguments must be plain values (strings, numbers, lists, dicts): frames are pickled into the
cache.

While a frame renders, the visitor is hidden from the template (anonymous user, no messages) and a CSRF token asked
for outside a part spoils the frame (`Frame.shareable` is then False): the caller renders the page as usual instead.
"""

import re
from dataclasses import dataclass, field

from django.contrib.messages import get_messages
from django.middleware.csrf import get_token
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import SafeString, mark_safe

_SLOT = "<!--visitor-part:{}:{}-->"
FRAME_CONTEXT_KEY = "visitor_frame"


def _anonymous():
    # Imported when used: template tag libraries are imported by projects that do not install django.contrib.auth.
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


def visitor_values(request) -> dict:
    """What a part may read of the visitor, besides its own arguments."""
    return {
        "request": request,
        "user": getattr(request, "user", None) or _anonymous(),
        "csrf_token": SimpleLazyObject(lambda: get_token(request)),
        "messages": get_messages(request),
    }


def part_render(*, template_name: str, arguments: dict, request, visitor: dict | None = None) -> SafeString:
    values = visitor if visitor is not None else visitor_values(request)
    template = get_template(template_name)
    # A plain Context (no context processors): the part sees the same values in place and in a frame.
    return mark_safe(template.template.render(Context({**values, **arguments}, autoescape=True)))  # noqa: S308


class _SpoilingToken:
    """The frame's `csrf_token`: asked for outside a part, it marks the frame as this visitor's alone."""

    def __init__(self, recorder: "FrameRecorder") -> None:
        self.recorder = recorder

    def __str__(self) -> str:
        self.recorder.spoiled = True
        return ""

    def __eq__(self, other) -> bool:  # {% csrf_token %} compares it with "NOTPROVIDED" first
        self.recorder.spoiled = True
        return False

    __hash__ = object.__hash__
    __html__ = __str__


@dataclass
class FrameRecorder:
    token: str  # a random text that cannot occur in the page, so slots cannot be forged by content
    parts: list[tuple[str, dict]] = field(default_factory=list)
    spoiled: bool = False

    def slot(self, template_name: str, arguments: dict) -> SafeString:
        self.parts.append((template_name, arguments))
        return mark_safe(_SLOT.format(self.token, len(self.parts) - 1))  # noqa: S308 - our own marker


@dataclass(frozen=True)
class Frame:
    texts: tuple[str, ...]  # len(parts) + 1 pieces of the page around the slots
    parts: tuple[tuple[str, dict], ...]
    shareable: bool = True

    def fill(self, request) -> str:
        visitor = visitor_values(request)
        out = [self.texts[0]]
        for (template_name, arguments), text in zip(self.parts, self.texts[1:], strict=True):
            out.append(part_render(template_name=template_name, arguments=arguments, request=request, visitor=visitor))
            out.append(text)
        return "".join(out)


def frame_render(*, template_name: str, context: dict, request) -> Frame:
    """Render `template_name` as a frame: the visitor's parts become slots."""
    import secrets

    recorder = FrameRecorder(token=secrets.token_hex(8))
    hidden = {
        FRAME_CONTEXT_KEY: recorder,
        "user": _anonymous(),
        "perms": {},
        "messages": (),
        "csrf_token": _SpoilingToken(recorder),
    }
    html = render_to_string(template_name, {**context, **hidden}, request=request)
    pieces = re.split(_SLOT.format(recorder.token, r"(\d+)"), html)
    texts, order = tuple(pieces[0::2]), [int(n) for n in pieces[1::2]]
    if order != list(range(len(recorder.parts))):  # a part rendered twice or lost: never share such a frame
        return Frame(texts=(html,), parts=(), shareable=False)
    return Frame(texts=texts, parts=tuple(recorder.parts), shareable=not recorder.spoiled)
