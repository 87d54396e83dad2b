"""Fonts shipped in certificates/fonts/ so a fresh checkout renders every script the same way.

DejaVu Sans covers Latin (with Vietnamese), Greek, Cyrillic, Hebrew and Arabic presentation forms; Noto Sans
Devanagari covers Devanagari and is shaped by HarfBuzz (uharfbuzz) inside reportlab; Droid Sans Fallback (TrueType:
reportlab cannot read the CFF outlines of Noto CJK) covers Chinese, Japanese kana and Korean Hangul.
"""

import unicodedata
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
SANS = "CertSans"
SANS_BOLD = "CertSans-Bold"
DEVANAGARI = "CertDevanagari"
CJK = "CertCJK"
CJK_FILE = "DroidSansFallback.ttf"

# Han, kana, Hangul, CJK punctuation, full-width forms: the blocks Droid Sans Fallback draws.
_CJK_RANGES = (
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
)


@cache
def fonts_register() -> None:
    # Latin/Greek/Cyrillic need no shaping; leaving HarfBuzz off for them keeps rendering fast.
    pdfmetrics.registerFont(TTFont(SANS, FONT_DIR / "DejaVuSans.ttf", shapable=False))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, FONT_DIR / "DejaVuSans-Bold.ttf", shapable=False))
    pdfmetrics.registerFont(TTFont(DEVANAGARI, FONT_DIR / "NotoSansDevanagari-Regular.ttf", shapable=True))


@cache
def cjk_register() -> None:
    """Loaded on the first CJK name only: parsing the 3.4 MB font costs ~0.15 s and most pages never need it."""
    pdfmetrics.registerFont(TTFont(CJK, FONT_DIR / CJK_FILE, shapable=False))


def _has(text: str, first: int, last: int) -> bool:
    return any(first <= ord(ch) <= last for ch in text)


def is_arabic(text: str) -> bool:
    return _has(text, 0x0600, 0x06FF) or _has(text, 0x0750, 0x077F) or _has(text, 0x08A0, 0x08FF)


def is_devanagari(text: str) -> bool:
    return _has(text, 0x0900, 0x097F)


def _is_cjk_char(ch: str) -> bool:
    code = ord(ch)
    return any(first <= code <= last for first, last in _CJK_RANGES)


def is_cjk(text: str) -> bool:
    return any(_is_cjk_char(ch) for ch in text)


def is_right_to_left(text: str) -> bool:
    """Hebrew, Arabic, Syriac, Thaana…: any letter of a right-to-left script."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _latin1(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def visual_order(text: str, *, rtl: bool = False) -> str:
    """The line in the order reportlab must draw it (left to right), Arabic letters joined.

    `rtl` makes the paragraph direction right-to-left (an Arabic certificate), so a line that starts with a code
    or a number still reads from the right, as the holder's language does.
    """
    if not is_right_to_left(text):
        return text
    from bidi import get_display

    if is_arabic(text):
        import arabic_reshaper

        text = arabic_reshaper.reshape(text)
    return get_display(text, base_dir="R" if rtl else None)


def text_for_display(text: str, *, bold: bool = False, rtl: bool = False) -> tuple[str, str]:
    """(text ready to draw, font name) for a line whose characters one font covers (the usual case).

    Text that Windows-1252 covers uses the PDF viewer's built-in Helvetica: nothing to embed, and embedding a
    TrueType subset is most of the cost of a page (ADR 0058). Anything else gets an embedded font.
    """
    runs = text_runs(text, bold=bold, rtl=rtl)
    return "".join(shown for shown, _font in runs), runs[0][1] if runs else SANS


@cache
def _devanagari_covered() -> frozenset:
    fonts_register()
    return frozenset(pdfmetrics.getFont(DEVANAGARI).face.charToGlyph)


def _font_for(ch: str, *, other: str, devanagari: frozenset | None) -> str:
    if devanagari is not None and ord(ch) in devanagari:
        return DEVANAGARI
    if _is_cjk_char(ch):
        return CJK
    return other


def text_runs(text: str, *, bold: bool = False, rtl: bool = False) -> list[tuple[str, str]]:
    """The line as (text, font) runs in visual order, for lines no single shipped font covers.

    Noto Sans Devanagari has no Latin letters and Droid Sans Fallback no Arabic: in "Dr. अनीता Sharma" or
    "李 Wei" the Latin part is set in DejaVu Sans, not drawn as missing-glyph boxes.
    """
    text = unicodedata.normalize("NFC", text)
    if _latin1(text):
        return [(text, "Helvetica-Bold" if bold else "Helvetica")]
    shown = visual_order(text, rtl=rtl)
    other = SANS_BOLD if bold else SANS
    has_devanagari, has_cjk = is_devanagari(shown), is_cjk(shown)
    if not (has_devanagari or has_cjk):
        return [(shown, other)]
    fonts_register()
    if has_cjk:
        cjk_register()
    covered = _devanagari_covered() if has_devanagari else None
    runs: list[tuple[str, str]] = []
    for ch in shown:
        # Spaces and combining marks stay with the run they are in, so a word is never split.
        wanted = runs[-1][1] if runs and (ch.isspace() or unicodedata.combining(ch)) else None
        wanted = wanted or _font_for(ch, other=other, devanagari=covered)
        if runs and runs[-1][1] == wanted:
            runs[-1] = (runs[-1][0] + ch, wanted)
        else:
            runs.append((ch, wanted))
    return runs
