"""Drawing the certificate page with reportlab: A4 landscape, vector QR code, text kept as text."""

import io
import re
import zlib
from datetime import datetime
from pathlib import Path

import zxingcpp
from django.utils import formats, translation
from django.utils.translation import gettext as _
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas

from .fonts import Run, line_width, text_runs
from .layer import page_pieces_draw

PAGE_W, PAGE_H = landscape(A4)
INK = HexColor("#1b2a3a")
ACCENT = HexColor("#0b5cab")
MUTED = HexColor("#4a5563")
MARGIN = 36
QR_SIZE = 118
_DARK = re.compile(rb"\x00+")


def _date(iso: str | None) -> str:
    """The date in the active language's format ("3 décembre 2026", "3 de diciembre de 2026"), as Django's
    locale writes it."""
    return formats.date_format(datetime.fromisoformat(iso).date(), "DATE_FORMAT") if iso else ""


def _fitted(text: str, *, bold: bool, rtl: bool, size: float, width: float) -> tuple[Run, ...]:
    """The line's runs, its logical end cut and "…" added when it is wider than `width` (bidi puts the "…" at
    the end the reader reaches last, on either side)."""
    runs = text_runs(text, bold=bold, rtl=rtl)
    if line_width(runs, size) <= width:
        return runs
    low, high = 0, len(text)  # the longest prefix that fits, by bisection: each try shapes the line once
    while low < high:
        middle = (low + high + 1) // 2
        if line_width(text_runs(text[:middle].rstrip() + "…", bold=bold, rtl=rtl), size) <= width:
            low = middle
        else:
            high = middle - 1
    return text_runs(text[:low].rstrip() + "…", bold=bold, rtl=rtl)


class _Layout:
    """Where things go: mirrored left to right for a right-to-left language, so the page reads from the right."""

    def __init__(self, *, rtl: bool):
        self.rtl = rtl

    def x(self, x: float) -> float:
        return PAGE_W - x if self.rtl else x

    def align(self, align: str) -> str:
        if not self.rtl:
            return align
        return {"left": "right", "right": "left"}.get(align, align)


def _text(
    c: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    layout: _Layout,
    bold: bool = False,
    align: str = "left",
    width=None,
) -> None:
    """A line at (x, y) in left-to-right coordinates; `layout` mirrors it for a right-to-left certificate."""
    if width is None:
        runs = text_runs(text, bold=bold, rtl=layout.rtl)
    else:
        runs = _fitted(text, bold=bold, rtl=layout.rtl, size=size, width=width)
    _draw_runs(c, layout.x(x), y, runs, size, align=layout.align(align))


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _draw_runs(c: Canvas, x: float, y: float, runs: tuple[Run, ...], size: float, *, align: str) -> None:
    """One text object for the whole line, so text extraction reads it as one line.

    A shaped run draws glyphs, not characters (a Devanagari vowel sign before its consonant, one glyph for a
    conjunct); its ActualText span gives copy, search and screen readers the characters as typed. Right-to-left
    runs have none: their joined forms map to Arabic presentation forms (U+FDF2 for "الله"), which extractors
    put back in logical order themselves, whereas poppler reads an ActualText there as visual order (reversed).
    """
    if not runs:
        return
    total = line_width(runs, size)
    line = c.beginText(x - {"left": 0, "right": total, "centre": total / 2}[align], y)
    for run in runs:
        line.setFont(run.font, size)
        if run.shaped and not run.rtl:
            line._code.append(f"/Span <</ActualText {_actual_text(run.text)}>> BDC")
            line.textOut(run.shown)
            line._code.append("EMC")
        else:
            line.textOut(run.shown)
    c.drawText(line)


def _centred(
    c: Canvas, y: float, text: str, size: float, *, layout: _Layout, bold: bool = False, color: Color = INK
) -> None:
    runs = text_runs(text, bold=bold, rtl=layout.rtl)
    # Long names shrink rather than run off the page.
    while size > 10 and line_width(runs, size) > PAGE_W - 2 * MARGIN - 40:
        size -= 1
    c.setFillColor(color)
    _draw_runs(c, PAGE_W / 2, y, runs, size, align="centre")


def _qr(c: Canvas, content: str, x: float, y: float, size: float) -> None:
    """The QR code (error correction M) as one path of filled rectangles in module units: crisp at any zoom.

    zxing-cpp encodes it in C++ (~1 ms for the ~500-character link with its offline payload, against ~7 ms for
    segno in pure Python, ADR 0111). The path is a form XObject of its own, deflated at level 1: at reportlab's
    level 6 inside the page stream, compressing its ~1,500 rectangles took about a tenth of a Latin page's time;
    level 1 takes a sixth of that, for ~1 kB more (ADR 0135).
    """
    image = zxingcpp.create_barcode(content, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(
        scale=1, add_quiet_zones=False
    )
    width = image.shape[1]
    pixels = bytes(image)  # one byte per module, row by row: 0 dark, 255 light
    border = 4
    modules = width + 2 * border
    # Integer operators written directly: reportlab's path API would format ~3,000 floats.
    ops = ["0 g"]
    append = ops.append
    for row_index in range(image.shape[0]):
        bottom = f" {modules - border - 1 - row_index} "
        for match in _DARK.finditer(pixels[row_index * width : (row_index + 1) * width]):
            start, end = match.span()
            append(f"{start + border}{bottom}{end - start} 1 re")
    append("f")
    form = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("XObject"),
                "Subtype": PDFName("Form"),
                "BBox": PDFArray([0, 0, modules, modules]),
                "Filter": PDFName("FlateDecode"),  # set here, so reportlab writes the bytes as they are
            }
        ),
        content=zlib.compress("\n".join(ops).encode("ascii"), 1),
    )
    c._doc.addForm("QR", form)
    c.saveState()
    c.setFillColorRGB(1, 1, 1)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.translate(x, y)
    c.scale(size / modules, size / modules)
    c.doForm("QR")
    c.restoreState()


def _attach(c: Canvas, *, name: str, data: bytes, description: str, xmp: bytes | None) -> None:
    """An embedded file (PDF/A-3 style, AFRelationship /Source) and an XMP packet, written by reportlab itself.

    Doing it here rather than in a second pass with pyHanko saves re-parsing the whole file.
    """
    doc = c._doc
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": PDFName("application#2Fjson"),
                "Params": PDFDictionary({"Size": len(data)}),
            }
        ),
        content=data,
    )
    stream_ref = doc.Reference(stream)
    spec = doc.Reference(
        PDFDictionary(
            {
                "Type": PDFName("Filespec"),
                "F": PDFString(name),
                "UF": PDFString(name),
                "EF": PDFDictionary({"F": stream_ref, "UF": stream_ref}),
                "AFRelationship": PDFName("Source"),
                "Desc": PDFString(description),
            }
        )
    )
    c.setCatalogEntry(
        "Names", PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(name), spec])})})
    )
    c.setCatalogEntry("AF", PDFArray([spec]))
    if xmp is not None:
        meta = PDFStream(
            PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), content=xmp, filters=[]
        )
        c.setCatalogEntry("Metadata", doc.Reference(meta))


def page_draw(
    *,
    snapshot: dict,
    code: str,
    verify_url: str,
    signature_image: Path | str | bytes | None = None,
    attachment: tuple[str, bytes, str] | None = None,
    xmp: bytes | None = None,
    language: str | None = None,
    qr_content: str | None = None,
) -> bytes:
    """One A4 landscape page in the certificate's language. invariant=1 makes the output depend only on the inputs.

    `language` defaults to the snapshot's (the holder's at issue); `qr_content` to `verify_url`.
    """
    with translation.override(language or snapshot.get("language") or "en"):
        return _page_draw(
            snapshot=snapshot,
            code=code,
            verify_url=verify_url,
            signature_image=signature_image,
            attachment=attachment,
            xmp=xmp,
            qr_content=qr_content or verify_url,
        )


def _fixed_runs(piece: tuple, layout: _Layout) -> tuple[Run, ...]:
    """The runs a fixed piece draws, as `_fixed_draw` draws them (page_pieces_draw registers their fonts)."""
    if piece[0] == "centred":
        _kind, _y, text, _size, bold, _color = piece
        return text_runs(text, bold=bold, rtl=layout.rtl)
    if piece[0] == "text":
        _kind, _x, _y, text, size, bold, _align, width, _color = piece
        if width is None:
            return text_runs(text, bold=bold, rtl=layout.rtl)
        return _fitted(text, bold=bold, rtl=layout.rtl, size=size, width=width)
    return ()


def _fixed_draw(c: Canvas, piece: tuple, layout: _Layout) -> None:
    kind = piece[0]
    if kind == "frame":
        c.setStrokeColor(ACCENT)
        c.setLineWidth(3)
        c.rect(MARGIN / 2, MARGIN / 2, PAGE_W - MARGIN, PAGE_H - MARGIN, stroke=1, fill=0)
        c.setLineWidth(0.75)
        c.rect(MARGIN / 2 + 6, MARGIN / 2 + 6, PAGE_W - MARGIN - 12, PAGE_H - MARGIN - 12, stroke=1, fill=0)
    elif kind == "rule":
        _kind, y = piece
        c.setLineWidth(0.5)
        c.setStrokeColor(MUTED)
        c.line(PAGE_W / 2 - 100, y, PAGE_W / 2 + 100, y)
    elif kind == "centred":
        _kind, y, text, size, bold, color = piece
        _centred(c, y, text, size, layout=layout, bold=bold, color=HexColor(color))
    else:
        _kind, x, y, text, size, bold, align, width, color = piece
        c.setFillColor(HexColor(color))
        _text(c, x, y, text, size, layout=layout, bold=bold, align=align, width=width)


def _fixed_text(x, y, text, size, *, bold=False, align="left", width=None, color=INK) -> tuple:
    return ("text", x, y, text, size, bold, align, width, color.hexval())


def _own_text(layout: _Layout, x, y, text, size, *, bold=False, align="left", width=None, color=INK):
    """A line of the holder's own certificate (name, score, date, code): drawn for each page."""

    def draw(c: Canvas) -> None:
        c.setFillColor(color)
        _text(c, x, y, text, size, layout=layout, bold=bold, align=align, width=width)

    return draw


def _page_draw(*, snapshot, code, verify_url, signature_image, attachment, xmp, qr_content) -> bytes:
    layout = _Layout(rtl=translation.get_language_bidi())
    out = io.BytesIO()
    framework = snapshot.get("framework", {})
    level = snapshot.get("level", {})
    title = _("Certificate of ICT competency")
    c = Canvas(out, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(f"{title} · {code}")
    issuer_name = snapshot.get("local_issuer_name") or snapshot.get("issuer_name", "")
    c.setAuthor(issuer_name)
    subject = _("%(framework)s, version %(version)s") % {
        "framework": framework.get("local_name") or framework.get("name", ""),
        "version": framework.get("version", ""),
    }
    c.setSubject(f"{subject} · {level.get('code', '')}")
    c.setKeywords(code)
    c.setCreator("ICT-CFT Teacher Training")

    # In reading order: tuples are the same on every certificate of this level and language (drawn once per
    # process, layer.py), callables are this certificate's own.
    muted, accent = MUTED.hexval(), ACCENT.hexval()
    framework_name = framework.get("local_name") or framework.get("name", "")
    level_name = level.get("local_name") or level.get("name", "")
    holder = snapshot.get("holder_name", "")
    fw_line = _("%(framework)s, version %(version)s") % {
        "framework": framework_name,
        "version": framework.get("version", ""),
    }
    pieces: list = [
        ("frame",),
        ("centred", PAGE_H - 72, issuer_name, 13, False, muted),
        ("centred", PAGE_H - 108, title, 28, True, accent),
        ("centred", PAGE_H - 140, _("This certifies that"), 13, False, muted),
        lambda c: _centred(c, PAGE_H - 182, holder, 32, layout=layout, bold=True, color=INK),
        ("centred", PAGE_H - 212, _("has attained the level"), 13, False, muted),
        ("centred", PAGE_H - 244, f"{level.get('code', '')} · {level_name}", 20, True, accent),
        ("centred", PAGE_H - 266, fw_line, 11, False, muted),
    ]
    # Competencies, each with its result and date.
    left, right, y = MARGIN + 40, PAGE_W - MARGIN - 40, PAGE_H - 296
    for item in snapshot.get("competencies", []):
        score = f"{item['score']} %" if item.get("score") not in (None, "") else "—"
        tail = f"{score}   {_date(item.get('mastered_at'))}"
        name = item.get("local_title") or item.get("title", "")
        pieces.append(_fixed_text(left, y, item.get("code", ""), 9))
        pieces.append(_fixed_text(left + 44, y, name, 9, width=right - left - 190))
        pieces.append(_own_text(layout, right, y, tail, 9, align="right"))
        y -= 13

    # Footer: dates and issuer on the start side, verification on the end side.
    base = MARGIN + 30
    issued = _("Issued: %(date)s") % {"date": _date(snapshot.get("issued_at"))}
    pieces.append(_own_text(layout, MARGIN + 40, base + 50, issued, 10))
    expires = _date(snapshot.get("expires_at"))
    # One sentence per case: "Valid until: does not expire" glues two answers together.
    validity = _("Valid until: %(date)s") % {"date": expires} if expires else _("Does not expire")
    pieces.append(_own_text(layout, MARGIN + 40, base + 36, validity, 10))
    if signature_image:
        source = io.BytesIO(signature_image) if isinstance(signature_image, bytes) else str(signature_image)
        pieces.append(
            lambda c: c.drawImage(
                ImageReader(source), PAGE_W / 2 - 80, base + 18, 160, 48, preserveAspectRatio=True, mask="auto"
            )
        )
    pieces.append(("rule", base + 14))
    signatory = snapshot.get("signatory") or {}
    if signatory.get("name"):
        pieces.append(_fixed_text(PAGE_W / 2, base, signatory["name"], 10, bold=True, align="centre", width=280))
        under = " · ".join(part for part in (signatory.get("title", ""), issuer_name) if part)
        pieces.append(_fixed_text(PAGE_W / 2, base - 12, under, 9, align="centre", width=280, color=MUTED))
    else:
        pieces.append(_fixed_text(PAGE_W / 2, base, issuer_name, 10, align="centre"))

    # The QR code carries the link and, after "#", the signed offline payload: larger, so modules stay ~0.4 mm.
    qr_size = QR_SIZE
    qr_end = PAGE_W - MARGIN - 40
    qr_x = qr_end - qr_size if not layout.rtl else PAGE_W - qr_end
    pieces.append(lambda c: _qr(c, qr_content, qr_x, base - 20, qr_size))
    text_end = qr_end - qr_size - 8
    pieces.append(_fixed_text(text_end, base + 60, _("Verify this certificate:"), 8, align="right", color=MUTED))
    pieces.append(_own_text(layout, text_end, base + 48, verify_url, 8, align="right", width=220, color=MUTED))
    pieces.append(_own_text(layout, text_end, base + 30, code, 12, bold=True, align="right"))
    page_pieces_draw(
        c,
        pieces,
        key=layout.rtl,
        runs_of=lambda piece: _fixed_runs(piece, layout),
        draw=lambda canvas, piece: _fixed_draw(canvas, piece, layout),
    )
    c.showPage()
    if attachment is not None:
        _attach(c, name=attachment[0], data=attachment[1], description=attachment[2], xmp=xmp)
    c.save()
    return out.getvalue()
