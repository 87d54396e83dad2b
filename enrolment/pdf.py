"""The code sheet as a PDF: ten cut-out cards per A4 page, names in any script (the certificate's shaping fonts).

Each card is in its teacher's language, right to left for Arabic; the page (its title, the order of the cards, the
note on an empty sheet) is in the trainer's.
"""

import io

from django.utils import translation
from django.utils.translation import get_language_bidi, ngettext
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from certificates.pdf.fonts import line_width, text_runs
from common.languages import language_direction

PAGE_W, PAGE_H = A4
MARGIN = 28
COLUMNS, ROWS = 2, 5
PADDING = 14
SMALL, LEADING = 8.5, 11  # the size of a card's sentences and the distance between their lines
LRM = "\u200e"


def _line(c: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, rtl: bool = False) -> None:
    runs = text_runs(text, bold=bold, rtl=rtl)
    start = x - line_width(runs, size) if rtl else x
    line = c.beginText(start, y)
    for run in runs:
        line.setFont(run.font, size)
        line.textOut(run.shown)
    c.drawText(line)


def _wrapped(text: str, size: float, width: float, *, rtl: bool) -> list[str]:
    """The text in lines no wider than `width`, broken between words (a longer word keeps a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        longer = f"{lines[-1]} {word}" if lines else word
        if lines and line_width(text_runs(longer, rtl=rtl), size) <= width:
            lines[-1] = longer
        else:
            lines.append(word)
    return lines


def _card_texts(*, language: str, days: int, code_url: str, width: float) -> tuple[bool, list[str], list[str]]:
    """Right to left or not, then where to sign in and how long the code lasts, in the card's language and cut into
    lines that fit the card."""
    rtl = language_direction(language) == "rtl"
    # On a right-to-left card a mark after the address keeps its final "/" beside it (the bidi algorithm would put
    # it at the address's other end); the certificate fonts' bidi knows marks, not isolates.
    url = code_url + LRM if rtl else code_url
    with translation.override(language):
        where = _("Sign in at %(url)s with this code.") % {"url": url}
        valid = ngettext("Valid for %(days)d day, once.", "Valid for %(days)d days, once.", days) % {"days": days}
    return rtl, _wrapped(where, SMALL, width, rtl=rtl), _wrapped(valid, SMALL, width, rtl=rtl)


def sheet_pdf(*, lines, days: int, code_url: str) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle(_("Sign-in codes"))
    page_rtl = get_language_bidi()
    card_w = (PAGE_W - 2 * MARGIN) / COLUMNS
    card_h = (PAGE_H - 2 * MARGIN) / ROWS
    text_w = card_w - 2 * PADDING
    texts: dict[str, tuple[bool, list[str], list[str]]] = {}
    for index, item in enumerate(lines):
        slot = index % (COLUMNS * ROWS)
        if index and slot == 0:
            c.showPage()
        col, row = slot % COLUMNS, slot // COLUMNS
        if page_rtl:
            col = COLUMNS - 1 - col
        x0, top = MARGIN + col * card_w, PAGE_H - MARGIN - row * card_h
        c.setDash(3, 3)
        c.rect(x0, top - card_h, card_w, card_h)
        c.setDash()
        if item.language not in texts:
            texts[item.language] = _card_texts(language=item.language, days=days, code_url=code_url, width=text_w)
        rtl, where, valid = texts[item.language]
        x = x0 + card_w - PADDING if rtl else x0 + PADDING
        _line(c, x, top - 30, item.name, 13, bold=True, rtl=rtl)
        _line(c, x0 + PADDING, top - 70, item.code, 22, bold=True)  # the code reads left to right in any language
        y = top - 100
        for part in where:
            _line(c, x, y, part, SMALL, rtl=rtl)
            y -= LEADING
        y -= 3
        for part in valid:
            _line(c, x, y, part, SMALL, rtl=rtl)
            y -= LEADING
    if not lines:
        x = PAGE_W - MARGIN if page_rtl else MARGIN
        _line(c, x, PAGE_H - MARGIN - 20, _("No teacher in this import needs a code."), 12, rtl=page_rtl)
    c.save()
    return out.getvalue()
