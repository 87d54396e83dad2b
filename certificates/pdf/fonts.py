"""Fonts shipped in certificates/fonts/ so a fresh checkout renders every script the same way.

DejaVu Sans covers Latin (with Vietnamese), Greek, Cyrillic, Hebrew and Arabic presentation forms; Noto Sans
Devanagari covers Devanagari and is shaped by HarfBuzz (uharfbuzz) inside reportlab.
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


@cache
def fonts_register() -> None:
    # Latin/Greek/Cyrillic need no shaping; leaving HarfBuzz off for them keeps rendering fast.
    pdfmetrics.registerFont(TTFont(SANS, FONT_DIR / "DejaVuSans.ttf", shapable=False))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, FONT_DIR / "DejaVuSans-Bold.ttf", shapable=False))
    pdfmetrics.registerFont(TTFont(DEVANAGARI, FONT_DIR / "NotoSansDevanagari-Regular.ttf", shapable=True))


def _has(text: str, first: int, last: int) -> bool:
    return any(first <= ord(ch) <= last for ch in text)


def is_arabic(text: str) -> bool:
    return _has(text, 0x0600, 0x06FF) or _has(text, 0x0750, 0x077F) or _has(text, 0x08A0, 0x08FF)


def is_devanagari(text: str) -> bool:
    return _has(text, 0x0900, 0x097F)


def is_right_to_left(text: str) -> bool:
    """Hebrew, Arabic, Syriac, Thaana…: any letter of a right-to-left script."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _latin1(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def text_for_display(text: str, *, bold: bool = False) -> tuple[str, str]:
    """(text ready to draw, font name) for a string in any of the supported scripts.

    Text that Windows-1252 covers uses the PDF viewer's built-in Helvetica: nothing to embed, and embedding a
    TrueType subset is most of the cost of a page (ADR 0058). Anything else gets an embedded font.
    """
    text = unicodedata.normalize("NFC", text)
    if _latin1(text):
        return text, "Helvetica-Bold" if bold else "Helvetica"
    if is_devanagari(text):
        return text, DEVANAGARI
    if is_arabic(text):
        # reportlab draws glyphs left to right without joining: give it joined forms in visual order.
        import arabic_reshaper
        from bidi import get_display

        return get_display(arabic_reshaper.reshape(text)), SANS_BOLD if bold else SANS
    if is_right_to_left(text):
        # Hebrew needs no joining, but reportlab still draws left to right: give it the visual order.
        from bidi import get_display

        return get_display(text), SANS_BOLD if bold else SANS
    return text, SANS_BOLD if bold else SANS


def text_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """text_for_display split into (text, font) runs, for a line no single shipped font covers.

    Noto Sans Devanagari has no Latin letters: in "Dr. अनीता Sharma" the Latin part is set in DejaVu Sans,
    not drawn as missing-glyph boxes.
    """
    shown, font = text_for_display(text, bold=bold)
    if font != DEVANAGARI:
        return [(shown, font)]
    fonts_register()
    covered = pdfmetrics.getFont(DEVANAGARI).face.charToGlyph
    other = SANS_BOLD if bold else SANS
    runs: list[tuple[str, str]] = []
    for ch in shown:
        # Spaces and combining marks stay with the run they are in, so a word is never split.
        wanted = runs[-1][1] if runs and (ch.isspace() or unicodedata.combining(ch)) else None
        wanted = wanted or (DEVANAGARI if ord(ch) in covered else other)
        if runs and runs[-1][1] == wanted:
            runs[-1] = (runs[-1][0] + ch, wanted)
        else:
            runs.append((ch, wanted))
    return runs
