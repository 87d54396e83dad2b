"""The fixed parts of a certificate page, drawn once per process and replayed as content operators (ADR 0135).

Most of a page is the same for every certificate of a level in a language: the frame, the issuer, the title and
the fixed sentences, the level, the framework, the competency codes and names, the signatory, "Verify this
certificate:". Drawing them (shaping, positioning every glyph, formatting the operators) was about half of a
page's time, more on a page whose every line is shaped (Arabic). A page is a list of pieces in reading order:
fixed pieces (data) and the holder's own (callables). The fixed ones between two of the holder's pieces form a
segment whose operators are recorded the first time and appended as they are afterwards, so the content stream
keeps its reading order.

What makes the operators replayable: a font's per-document state. Standard fonts get their resource name at
first use; an embedded font also assigns a code to each glyph in order of first use. Before anything is drawn,
every run of every fixed piece is registered with the document in one fixed order (`registrations`), when
recording and when replaying alike, so the fixed text always gets the same resource names and codes, and the
holder's glyphs get the codes after them.
"""

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

_CACHE_SIZE = 64  # levels × languages × issuer settings in use at once
_cache: OrderedDict = OrderedDict()
_lock = Lock()


@dataclass(frozen=True)
class Layer:
    registrations: tuple[tuple[str, str], ...]  # (font name, text as drawn) of every fixed run, in page order
    segments: tuple[str, ...]  # content operators of each run of consecutive fixed pieces


def register(c: Canvas, registrations) -> None:
    """Give the fonts of `registrations` their resource names and glyph codes in this document, in order."""
    doc = c._doc
    for font_name, shown in registrations:
        font = pdfmetrics.getFont(font_name)
        if font._dynamicFont:
            for subset, _codes in font.splitString(shown, doc):
                font.getSubsetInternalName(subset, doc)
        else:
            doc.getInternalFontName(font_name)


def _cached(key) -> Layer | None:
    with _lock:
        layer = _cache.get(key)
        if layer is not None:
            _cache.move_to_end(key)
        return layer


def _store(key, layer: Layer) -> None:
    with _lock:
        _cache[key] = layer
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def layer_clear() -> None:
    with _lock:
        _cache.clear()


def page_pieces_draw(
    c: Canvas,
    pieces: list,
    *,
    key,
    runs_of: Callable[[tuple], list],
    draw: Callable[[Canvas, tuple], None],
) -> None:
    """Draw `pieces` in order: a tuple is fixed (drawn by `draw`, its runs listed by `runs_of`), a callable is the
    holder's own (called with the canvas). `key` names everything the fixed pieces depend on besides themselves
    (the language's direction)."""
    fixed_key = (key, tuple(piece if isinstance(piece, tuple) else None for piece in pieces))
    layer = _cached(fixed_key)
    if layer is None:
        registrations = tuple(
            (run.font, str(run.shown)) for piece in pieces if isinstance(piece, tuple) for run in runs_of(piece)
        )
    else:
        registrations = layer.registrations
    register(c, registrations)
    recorded: list[str] = []
    segment = 0
    index = 0
    while index < len(pieces):
        if callable(pieces[index]):
            pieces[index](c)
            index += 1
            continue
        end = index
        while end < len(pieces) and not callable(pieces[end]):
            end += 1
        if layer is not None:
            c._code.append(layer.segments[segment])
        else:
            start = len(c._code)
            c.saveState()  # a segment leaves the graphics state as it found it, drawn or replayed
            for piece in pieces[index:end]:
                draw(c, piece)
            c.restoreState()
            recorded.append("\n".join(c._code[start:]))
        segment += 1
        index = end
    if layer is None:
        _store(fixed_key, Layer(registrations=registrations, segments=tuple(recorded)))
