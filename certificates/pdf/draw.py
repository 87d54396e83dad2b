"""Drawing the certificate page with reportlab: A4 landscape, vector QR code, text kept as text."""

import io
from datetime import datetime
from pathlib import Path

import segno
from django.utils.translation import gettext as _
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import fonts_register, text_runs

PAGE_W, PAGE_H = landscape(A4)
INK = HexColor("#1b2a3a")
ACCENT = HexColor("#0b5cab")
MUTED = HexColor("#4a5563")
MARGIN = 36


def _date(iso: str | None) -> str:
    return datetime.fromisoformat(iso).date().isoformat() if iso else ""


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _text(
    c: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left", width=None
) -> None:
    runs = text_runs(text, bold=bold)
    if width is not None and len(runs) == 1:
        runs = [(_fit(runs[0][0], runs[0][1], size, width), runs[0][1])]
    _draw_runs(c, x, y, runs, size, align=align)


def _draw_runs(c: Canvas, x: float, y: float, runs: list[tuple[str, str]], size: float, *, align: str) -> None:
    if len(runs) == 1:
        c.setFont(runs[0][1], size)
        {"left": c.drawString, "right": c.drawRightString, "centre": c.drawCentredString}[align](x, y, runs[0][0])
        return
    # One text object for the whole line, so text extraction reads it as one line.
    total = sum(stringWidth(shown, font, size) for shown, font in runs)
    line = c.beginText(x - {"left": 0, "right": total, "centre": total / 2}[align], y)
    for shown, font in runs:
        line.setFont(font, size)
        line.textOut(shown)
    c.drawText(line)


def _centred(c: Canvas, y: float, text: str, size: float, *, bold: bool = False, color: Color = INK) -> None:
    runs = text_runs(text, bold=bold)
    # Long names shrink rather than run off the page.
    while size > 10 and sum(stringWidth(s, f, size) for s, f in runs) > PAGE_W - 2 * MARGIN - 40:
        size -= 1
    c.setFillColor(color)
    _draw_runs(c, PAGE_W / 2, y, runs, size, align="centre")


def _qr(c: Canvas, url: str, x: float, y: float, size: float) -> None:
    """The QR code as filled rectangles in module units: crisp at any zoom, and cheap to write.

    A fixed mask skips segno's evaluation of all eight (a third of the page's drawing time); any mask is
    valid QR and decodes the same.
    """
    matrix = segno.make(url, error="m", micro=False, mask=4).matrix
    border = 4
    modules = len(matrix) + 2 * border
    c.saveState()
    c.setFillColorRGB(1, 1, 1)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.translate(x, y)
    c.scale(size / modules, size / modules)
    c.setFillColorRGB(0, 0, 0)
    ops = []
    for row_index, row in enumerate(matrix):
        bottom = modules - border - 1 - row_index
        col, width = 0, len(row)
        while col < width:
            if row[col]:
                start = col
                while col < width and row[col]:
                    col += 1
                ops.append(f"{start + border} {bottom} {col - start} 1 re")
            else:
                col += 1
    ops.append("f")
    # Integer operators written directly: reportlab's path API would format ~3,000 floats.
    c._code.append("\n".join(ops))
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
) -> bytes:
    """One A4 landscape page. invariant=1 makes the output depend only on the inputs."""
    fonts_register()
    out = io.BytesIO()
    framework = snapshot.get("framework", {})
    level = snapshot.get("level", {})
    title = _("Certificate of ICT competency")
    c = Canvas(out, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(f"{title} · {code}")
    c.setAuthor(snapshot.get("issuer_name", ""))
    c.setSubject(f"{framework.get('name', '')} {framework.get('version', '')} · {level.get('code', '')}")
    c.setKeywords(code)
    c.setCreator("ICT-CFT Teacher Training")

    c.setStrokeColor(ACCENT)
    c.setLineWidth(3)
    c.rect(MARGIN / 2, MARGIN / 2, PAGE_W - MARGIN, PAGE_H - MARGIN, stroke=1, fill=0)
    c.setLineWidth(0.75)
    c.rect(MARGIN / 2 + 6, MARGIN / 2 + 6, PAGE_W - MARGIN - 12, PAGE_H - MARGIN - 12, stroke=1, fill=0)

    _centred(c, PAGE_H - 72, snapshot.get("issuer_name", ""), 13, color=MUTED)
    _centred(c, PAGE_H - 108, title, 28, bold=True, color=ACCENT)
    _centred(c, PAGE_H - 140, _("This certifies that"), 13, color=MUTED)
    _centred(c, PAGE_H - 182, snapshot.get("holder_name", ""), 32, bold=True)
    _centred(c, PAGE_H - 212, _("has attained the level"), 13, color=MUTED)
    _centred(c, PAGE_H - 244, f"{level.get('code', '')} · {level.get('name', '')}", 20, bold=True, color=ACCENT)
    fw_line = _("%(framework)s, version %(version)s") % {
        "framework": framework.get("name", ""),
        "version": framework.get("version", ""),
    }
    _centred(c, PAGE_H - 266, fw_line, 11, color=MUTED)

    # Competencies, each with its result and date.
    c.setFillColor(INK)
    left, right, y = MARGIN + 40, PAGE_W - MARGIN - 40, PAGE_H - 296
    for item in snapshot.get("competencies", []):
        score = f"{item['score']} %" if item.get("score") not in (None, "") else "—"
        tail = f"{score}   {_date(item.get('mastered_at'))}"
        _text(c, left, y, item.get("code", ""), 9)
        _text(c, left + 44, y, item.get("title", ""), 9, width=right - left - 150)
        _text(c, right, y, tail, 9, align="right")
        y -= 13

    # Footer: dates and issuer on the left, verification on the right.
    base = MARGIN + 30
    c.setFillColor(INK)
    _text(c, MARGIN + 40, base + 50, _("Issued: %(date)s") % {"date": _date(snapshot.get("issued_at"))}, 10)
    expires = _date(snapshot.get("expires_at")) or _("does not expire")
    _text(c, MARGIN + 40, base + 36, _("Valid until: %(date)s") % {"date": expires}, 10)
    if signature_image:
        source = io.BytesIO(signature_image) if isinstance(signature_image, bytes) else str(signature_image)
        c.drawImage(ImageReader(source), PAGE_W / 2 - 80, base + 18, 160, 48, preserveAspectRatio=True, mask="auto")
    c.setLineWidth(0.5)
    c.setStrokeColor(MUTED)
    c.line(PAGE_W / 2 - 100, base + 14, PAGE_W / 2 + 100, base + 14)
    signatory = snapshot.get("signatory") or {}
    if signatory.get("name"):
        _text(c, PAGE_W / 2, base, signatory["name"], 10, bold=True, align="centre", width=280)
        under = " · ".join(part for part in (signatory.get("title", ""), snapshot.get("issuer_name", "")) if part)
        c.setFillColor(MUTED)
        _text(c, PAGE_W / 2, base - 12, under, 9, align="centre", width=280)
        c.setFillColor(INK)
    else:
        _text(c, PAGE_W / 2, base, snapshot.get("issuer_name", ""), 10, align="centre")

    qr_size = 96
    qr_x = PAGE_W - MARGIN - 40 - qr_size
    _qr(c, verify_url, qr_x, base - 6, qr_size)
    c.setFillColor(MUTED)
    _text(c, qr_x - 8, base + 60, _("Verify this certificate:"), 8, align="right")
    _text(c, qr_x - 8, base + 48, verify_url, 8, align="right", width=260)
    c.setFillColor(INK)
    _text(c, qr_x - 8, base + 30, code, 12, bold=True, align="right")
    c.showPage()
    if attachment is not None:
        _attach(c, name=attachment[0], data=attachment[1], description=attachment[2], xmp=xmp)
    c.save()
    return out.getvalue()
