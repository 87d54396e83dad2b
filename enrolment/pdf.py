"""The code sheet as a PDF: ten cut-out cards per A4 page, names in any script (the certificate's shaping fonts)."""

import io

from django.utils.translation import get_language_bidi, ngettext
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from certificates.pdf.fonts import line_width, text_runs

PAGE_W, PAGE_H = A4
MARGIN = 28
COLUMNS, ROWS = 2, 5


def _line(c: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, rtl: bool = False) -> None:
    runs = text_runs(text, bold=bold, rtl=rtl)
    start = x - line_width(runs, size) if rtl else x
    line = c.beginText(start, y)
    for run in runs:
        line.setFont(run.font, size)
        line.textOut(run.shown)
    c.drawText(line)


def sheet_pdf(*, lines, days: int, code_url: str) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle(_("Sign-in codes"))
    rtl = get_language_bidi()
    card_w = (PAGE_W - 2 * MARGIN) / COLUMNS
    card_h = (PAGE_H - 2 * MARGIN) / ROWS
    valid = ngettext("Valid for %(days)d day, once.", "Valid for %(days)d days, once.", days) % {"days": days}
    where = _("Sign in at %(url)s with this code.") % {"url": code_url}
    for index, item in enumerate(lines):
        slot = index % (COLUMNS * ROWS)
        if index and slot == 0:
            c.showPage()
        col, row = slot % COLUMNS, slot // COLUMNS
        if rtl:
            col = COLUMNS - 1 - col
        x0, top = MARGIN + col * card_w, PAGE_H - MARGIN - row * card_h
        c.setDash(3, 3)
        c.rect(x0, top - card_h, card_w, card_h)
        c.setDash()
        x = x0 + card_w - 14 if rtl else x0 + 14
        _line(c, x, top - 30, item.name, 13, bold=True, rtl=rtl)
        _line(c, x0 + 14, top - 70, item.code, 22, bold=True)  # the code reads left to right in any language
        _line(c, x, top - 100, where, 8.5, rtl=rtl)
        _line(c, x, top - 114, valid, 8.5, rtl=rtl)
    if not lines:
        _line(c, MARGIN, PAGE_H - MARGIN - 20, _("No teacher in this import needs a code."), 12, rtl=False)
    c.save()
    return out.getvalue()
