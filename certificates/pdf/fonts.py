"""Which font draws which script on the certificate, and the line as shaped glyph runs (ADR 0111).

One table, `SCRIPT_FONTS`, is the only home of script -> font file. Fonts come from Debian's `fonts-noto-core`
(/usr/share/fonts/truetype/noto), except Droid Sans Fallback for CJK, shipped in certificates/fonts/ because
reportlab cannot read the CFF outlines of Noto CJK. Every embedded run is shaped by HarfBuzz (uharfbuzz): Arabic
joins (with its ligatures, e.g. U+FDF2 "الله"), Indic and South-East Asian scripts reorder and conjoin. Bidi
reordering (python-bidi's levels) decides the order of runs; HarfBuzz the order of glyphs inside one run.
"""

import bisect
import logging
import threading
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFName
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont, TTFontFace

logger = logging.getLogger(__name__)

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "fonts"
NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
CJK_FILE = "DroidSansFallback.ttf"
FONT_PACKAGE = "fonts-noto-core"
LATIN = "latin"

# script: (regular file, bold file, code point ranges). "latin" (Noto Sans: Latin with Vietnamese, Greek,
# Cyrillic) draws every letter no range claims. A bare file name is looked up in the Noto directory.
SCRIPT_FONTS: dict[str, tuple[str, str, tuple[tuple[int, int], ...]]] = {
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", ()),
    "arabic": (
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    ),
    "hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    "armenian": ("NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf", ((0x0530, 0x058F),)),
    "georgian": ("NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf", ((0x10A0, 0x10FF), (0x2D00, 0x2D2F))),
    "devanagari": (
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF)),
    ),
    "bengali": ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", ((0x0980, 0x09FF),)),
    "gurmukhi": ("NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf", ((0x0A00, 0x0A7F),)),
    "gujarati": ("NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf", ((0x0A80, 0x0AFF),)),
    "tamil": ("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf", ((0x0B80, 0x0BFF),)),
    "telugu": ("NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf", ((0x0C00, 0x0C7F),)),
    "kannada": ("NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf", ((0x0C80, 0x0CFF),)),
    "malayalam": ("NotoSansMalayalam-Regular.ttf", "NotoSansMalayalam-Bold.ttf", ((0x0D00, 0x0D7F),)),
    "sinhala": ("NotoSansSinhala-Regular.ttf", "NotoSansSinhala-Bold.ttf", ((0x0D80, 0x0DFF),)),
    "thai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", ((0x0E00, 0x0E7F),)),
    "lao": ("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf", ((0x0E80, 0x0EFF),)),
    "myanmar": (
        "NotoSansMyanmar-Regular.ttf",
        "NotoSansMyanmar-Bold.ttf",
        ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)),
    ),
    "ethiopic": (
        "NotoSansEthiopic-Regular.ttf",
        "NotoSansEthiopic-Bold.ttf",
        ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
    ),
    "khmer": ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),
    # Han, kana, Hangul, CJK punctuation, full-width forms. One weight only: the bold name uses the same file.
    "cjk": (
        CJK_FILE,
        CJK_FILE,
        (
            (0x1100, 0x11FF),
            (0x2E80, 0x2FDF),
            (0x3000, 0x30FF),
            (0x3130, 0x318F),
            (0x31F0, 0x31FF),
            (0x3400, 0x4DBF),
            (0x4E00, 0x9FFF),
            (0xAC00, 0xD7AF),
            (0xF900, 0xFAFF),
            (0xFF00, 0xFFEF),
        ),
    ),
}

_RANGES = sorted((first, last, script) for script, (_r, _b, ranges) in SCRIPT_FONTS.items() for first, last in ranges)
_STARTS = [first for first, _last, _script in _RANGES]


def font_path(file_name: str) -> Path:
    """Where a font of the table lives: the shipped directory for Droid Sans Fallback, Debian's otherwise."""
    shipped = SHIPPED_DIR / file_name
    if shipped.exists():
        return shipped
    return Path(getattr(settings, "CERTIFICATE_FONT_DIR", None) or NOTO_DIR) / file_name


def fonts_missing() -> list[Path]:
    """Font files of the table this server lacks (the system check and the first render report them)."""
    files = {name for regular, bold, _ranges in SCRIPT_FONTS.values() for name in (regular, bold)}
    return sorted(path for path in map(font_path, files) if not path.is_file())


def font_name(script: str, *, bold: bool) -> str:
    return f"Cert-{script}-Bold" if bold else f"Cert-{script}"


_SUBSETS_KEPT = 32
_subsets_lock = threading.Lock()


class _Face(TTFontFace):
    """reportlab's face with three savings per embedded subset (ADR 0135): the glyf table is sliced out of the file
    once per process rather than for every subset (3 MB for CJK, 0.2 ms each time); the subset's font program is
    deflated at level 1 (half the time of reportlab's level 6, ~3 % larger); and the last subsets are kept, built
    and deflated, by glyph set: the fixed texts and dates of a language's certificates draw the same glyphs."""

    def _subset(self, key: tuple) -> tuple[bytes, bytes]:
        kept = self.__dict__.setdefault("_subsets", {})
        found = kept.get(key)
        if found is None:
            raw = super().makeSubset(list(key))
            found = (raw, zlib.compress(raw, 1))
            with _subsets_lock:  # threaded workers render at once
                while len(kept) >= _SUBSETS_KEPT:
                    kept.pop(next(iter(kept)), None)
                kept[key] = found
        return found

    def makeSubset(self, subset):
        return self._subset(tuple(subset))[0]

    def get_table(self, tag):
        if tag != "glyf":
            return super().get_table(tag)
        glyf = self.__dict__.get("_glyf")
        if glyf is None:
            glyf = self._glyf = super().get_table(tag)
        return glyf

    def addSubsetObjects(self, doc, fontname, subset):
        reference = super().addSubsetObjects(doc, fontname, subset)
        font_file = doc.idToObject[f"fontFile:{self.filename}({fontname})"]
        if font_file.filters:  # the document compresses: with Filter set, reportlab writes our bytes as they are
            font_file.content = self._subset(tuple(subset))[1]
            font_file.dictionary["Filter"] = PDFName("FlateDecode")
        return reference


@cache
def font_load(script: str, bold: bool) -> TTFont:
    """Parsed once per process (a few ms each) and only when a line needs the script."""
    regular, bold_file, _ranges = SCRIPT_FONTS[script]
    if bold and bold_file == regular:
        return font_load(script, False)  # one weight (CJK): parse the 3.4 MB file once, not once per weight
    path = font_path(bold_file if bold else regular)
    if not path.is_file():
        raise ImproperlyConfigured(
            f"Certificate font {path} is missing: install the Debian package {FONT_PACKAGE} (README, deployment)."
        )
    # asciiReadable=False: a subset holds the glyphs drawn, not ASCII 32-126 besides (ADR 0135).
    font = TTFont(font_name(script, bold=bold), str(path), shapable=True, asciiReadable=False)
    font.face.__class__ = _Face
    pdfmetrics.registerFont(font)
    font.hbFont()  # sets up reportlab's private-use code points for glyphs no character maps to (ligatures)
    return font


@cache
def _hb_font(script: str, bold: bool):
    import uharfbuzz

    return uharfbuzz.Font(font_load(script, bold).hbFace)


def script_of(ch: str) -> str | None:
    """The table's script for a letter or mark of that script; None for spaces, digits, punctuation, symbols."""
    code = ord(ch)
    index = bisect.bisect_right(_STARTS, code) - 1
    if index >= 0 and code <= _RANGES[index][1]:
        return _RANGES[index][2]
    return LATIN if unicodedata.category(ch)[0] == "L" else None


@dataclass(frozen=True)
class Run:
    """Part of a line in one font and one direction. `shown` is what reportlab draws (a ShapedStr for
    embedded fonts), `advance` its width at size 1000; `text` the logical characters (PDF ActualText)."""

    text: str
    font: str
    shown: str
    advance: float
    shaped: bool
    rtl: bool = False

    def width(self, size: float) -> float:
        return self.advance * size / 1000


def _cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _levels(text: str, *, rtl: bool) -> list[int]:
    """Unicode bidi embedding levels, per character (python-bidi's implementation of UAX #9)."""
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return [0] * len(text)
    from bidi import algorithm as uax9

    storage = uax9.get_empty_storage()
    storage["base_level"] = 1 if rtl else uax9.get_base_level(text)
    storage["base_dir"] = ("L", "R")[storage["base_level"]]
    uax9.get_embedding_levels(text, storage, False, False)
    uax9.explicit_embed_and_overrides(storage, False)
    uax9.resolve_weak_types(storage, False)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    return [item["level"] for item in storage["chars"]]


def _scripts(text: str) -> list[str]:
    """A script per character: spaces, digits and punctuation join the run before them (else after) when that
    run's font has them, so "Dr. " stays Latin and the space inside "বিপ্লব দাস" stays Bengali."""
    found = [script_of(ch) for ch in text]
    known = [s for s in found if s]
    previous = known[0] if known else LATIN
    out = []
    for ch, script in zip(text, found, strict=True):
        if script is None:
            script = previous if ord(ch) in font_load(previous, False).face.charToGlyph else LATIN
        out.append(script)
        previous = script
    return out


def _shape(text: str, script: str, *, bold: bool, rtl: bool) -> Run:
    import uharfbuzz

    font = font_load(script, bold)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.guess_segment_properties()
    hb_font = _hb_font(script, bold)
    uharfbuzz.shape(hb_font, buf, {})
    face, scale = font.face, font.pdfScale
    chars, data, advance = [], [], 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        if gid == 0:
            logger.warning("No glyph for %r in %s: the certificate shows a box.", text, font.face.filename)
        mapped = face.glyphToChar.get(gid)
        # A glyph no character maps to (a conjunct, a ligature, a contextual form) gets a private-use code point,
        # as reportlab's own shaping does; ActualText keeps the real characters for copy and search.
        code = mapped[0] if mapped else font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, scale(pos.x_advance))
        chars.append(chr(code))
        x_advance = scale(pos.x_advance)
        offsets = scale(pos.y_advance), scale(pos.x_offset), scale(pos.y_offset)
        data.append(ShapeData(info.cluster, x_advance, *offsets, face.charWidths[code]))
        advance += x_advance
    return Run(text, font.fontName, ShapedStr("".join(chars), shapeData=data), advance, True, rtl)


@lru_cache(maxsize=4096)
def _cached_runs(text: str, bold: bool, rtl: bool) -> tuple:
    return tuple(_text_runs(text, bold=bold, rtl=rtl))


def text_runs(text: str, *, bold: bool = False, rtl: bool = False) -> tuple[Run, ...]:
    """The line as runs in visual (left to right) order, each in a font that has its characters.

    Cached: the fixed texts, level and competency names and dates recur on every certificate of a language, and
    shaping them (with the bisection that fits long names) was most of a non-Latin page's time.

    Text that Windows-1252 covers uses the PDF viewer's built-in Helvetica: nothing to embed, and embedding a
    TrueType subset is most of the cost of a page (ADR 0058). `rtl` makes the paragraph right-to-left (an Arabic
    certificate), so a line that starts with a code or a number still reads from the right.
    """
    return _cached_runs(text, bold, rtl)


def _text_runs(text: str, *, bold: bool, rtl: bool) -> list[Run]:
    text = unicodedata.normalize("NFC", text)
    if _cp1252(text):
        font = "Helvetica-Bold" if bold else "Helvetica"
        return [Run(text, font, text, pdfmetrics.stringWidth(text, font, 1000), False)] if text else []
    levels, scripts = _levels(text, rtl=rtl), _scripts(text)
    logical: list[list] = []  # [text, script, level]
    for ch, script, level in zip(text, scripts, levels, strict=True):
        if logical and logical[-1][1] == script and logical[-1][2] == level:
            logical[-1][0] += ch
        else:
            logical.append([ch, script, level])
    # UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every sequence at or above it.
    order = list(range(len(logical)))
    run_levels = [level for _t, _s, level in logical]
    lowest_odd = min((level for level in run_levels if level % 2), default=None)
    if lowest_odd is not None:
        for level in range(max(run_levels), lowest_odd - 1, -1):
            i = 0
            while i < len(order):
                if run_levels[order[i]] >= level:
                    j = i
                    while j < len(order) and run_levels[order[j]] >= level:
                        j += 1
                    order[i:j] = reversed(order[i:j])
                    i = j
                else:
                    i += 1
    return [
        _shape(logical[i][0], logical[i][1], bold=bold, rtl=bool(logical[i][2] % 2)) for i in order if logical[i][0]
    ]


def line_width(runs: tuple[Run, ...], size: float) -> float:
    return sum(run.width(size) for run in runs)
