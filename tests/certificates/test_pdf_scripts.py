"""The holder's name right in every script: each certificate PDF is read back glyph by glyph.

For every glyph drawn in an embedded font, the test finds which glyph of the original font file it is (by outline,
since the PDF holds a renumbered subset), fails on .notdef (the empty box), and compares what is drawn with what
HarfBuzz shapes from the same text and the same font file: a PDF holding the naive one-glyph-per-character
sequence (vowel signs after their consonants, visible viramas, unjoined Arabic) fails.
"""

import io
import shutil
import subprocess
import unicodedata
from functools import cache

import pytest
import uharfbuzz
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

from certificates.pdf.fonts import SCRIPT_FONTS, font_path
from certificates.services import certificate_issue

from .conftest import attain

pytestmark = pytest.mark.django_db
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


# --- the original font files, by PostScript name --------------------------------------------------------------


@cache
def _font_files() -> dict[str, str]:
    files = {}
    for regular, bold, _ranges in SCRIPT_FONTS.values():
        for name in (regular, bold):
            path = font_path(name)
            files[TTFont(str(path), lazy=True)["name"].getDebugName(6)] = str(path)
    return files


@cache
def _original(path: str) -> TTFont:
    return TTFont(path)


def _outline_key(font: TTFont, glyph_name: str) -> tuple:
    """What a glyph looks like: its flattened outline and advance, the same in the file and in a PDF subset."""
    glyf = font["glyf"]
    coordinates, ends, _flags = glyf[glyph_name].getCoordinates(glyf)
    return tuple(map(tuple, coordinates)), tuple(ends), font["hmtx"][glyph_name][0]


@cache
def _key_of_gid(path: str, gid: int) -> tuple:
    font = _original(path)
    return _outline_key(font, font.getGlyphName(gid))


def _shaped_keys(text: str, path: str) -> tuple[list[int], list[tuple]]:
    """HarfBuzz's glyphs for `text` in the font file (direction and script guessed from the text)."""
    blob = uharfbuzz.Blob.from_file_path(path)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(uharfbuzz.Font(uharfbuzz.Face(blob)), buf, {})
    gids = [info.codepoint for info in buf.glyph_infos]
    return gids, [_key_of_gid(path, gid) for gid in gids]


def _naive_keys(text: str, path: str) -> list[tuple]:
    cmap = _original(path).getBestCmap()
    return [_outline_key(_original(path), cmap[ord(ch)]) for ch in text if ord(ch) in cmap]


# --- reading the PDF ------------------------------------------------------------------------------------------


def _string_bytes(obj) -> bytes:
    return obj.get_original_bytes() if hasattr(obj, "get_original_bytes") else bytes(obj)


class DrawnPage:
    """Every glyph drawn in an embedded font: (original font file, outline key, ActualText span or None)."""

    def __init__(self, data: bytes):
        reader = PdfReader(io.BytesIO(data))
        page = reader.pages[0]
        resources = page["/Resources"]["/Font"]
        self.glyphs: list[tuple[str, tuple, tuple[int, str] | None]] = []
        self.notdef: list[tuple[str, int]] = []
        subsets: dict[str, tuple] = {}
        font = None
        spans: list[tuple[int, str] | None] = []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                name = str(operands[0])
                if name not in subsets:
                    subsets[name] = self._subset(resources[name].get_object())
                font = subsets[name]
            elif operator == b"BDC":
                props = operands[1] if len(operands) > 1 else {}
                actual = props.get("/ActualText") if hasattr(props, "get") else None
                spans.append((len(self.glyphs), str(actual)) if actual is not None else None)
            elif operator == b"EMC":
                spans.pop()
            elif operator in (b"Tj", b"TJ") and font is not None:
                strings = (
                    [operands[0]] if operator == b"Tj" else [s for s in operands[0] if not isinstance(s, float | int)]
                )
                for code in b"".join(_string_bytes(s) for s in strings):
                    self._add(font, code, spans[-1] if spans else None)

    @staticmethod
    def _subset(font_dict) -> tuple | None:
        descriptor = font_dict.get("/FontDescriptor")
        if descriptor is None or "/FontFile2" not in descriptor.get_object():
            return None  # Helvetica: one of the viewer's own fonts, Windows-1252 text, nothing to shape
        embedded = TTFont(io.BytesIO(descriptor.get_object()["/FontFile2"].get_object().get_data()))
        base = str(font_dict["/BaseFont"]).split("+", 1)[-1]
        return _font_files()[base], embedded, embedded["cmap"].tables[0].cmap

    def _add(self, font, code: int, span: tuple[int, str] | None) -> None:
        if font is None:
            return
        path, embedded, cmap = font
        glyph_name = cmap.get(code, ".notdef")
        key = _outline_key(embedded, glyph_name)
        if glyph_name == ".notdef" or key == _key_of_gid(path, 0):
            self.notdef.append((path, code))
        self.glyphs.append((path, key, span))

    def keys_in(self, path: str) -> list[tuple]:
        return [key for font, key, _span in self.glyphs if font == path]

    def spans(self) -> list[tuple[str, str, list[tuple]]]:
        """(ActualText, font file, drawn keys) for each span, in drawing order."""
        out: dict[tuple, tuple[str, str, list[tuple]]] = {}
        for font, key, span in self.glyphs:
            if span is not None:
                out.setdefault((span, font), (span[1], font, []))[2].append(key)
        return list(out.values())


def _contains(haystack: list, needle: list) -> bool:
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


def _pdftotext(data: bytes, tmp_path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils must be installed (.ci/run does)"
    path = tmp_path / "c.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out).translate(BIDI_CONTROLS)


def _issue(make_user, level, *, name: str, language: str):
    user = make_user(f"holder-{abs(hash((name, language))) % 10**8}", legal_name=name, preferred_language=language)
    attain(user, level)
    certificate = certificate_issue(user=user, level=level)
    with certificate.pdf.open("rb") as handle:
        return certificate, handle.read()


def _bold(script: str) -> str:
    return str(font_path(SCRIPT_FONTS[script][1]))


# name, certificate language, the name's single-script parts with the script whose font must draw them.
CASES = {
    "bengali": ("বিপ্লব দাস", "en", [("বিপ্লব দাস", "bengali")]),
    "khmer": ("ហេង សុភា", "en", [("ហេង សុភា", "khmer")]),
    "myanmar": ("အောင် ဆန်း", "fr", [("အောင် ဆန်း", "myanmar")]),
    "ethiopic": ("አበበ ቢቂላ", "en", [("አበበ ቢቂላ", "ethiopic")]),
    "thai": ("สมชาย ใจดี", "es", [("สมชาย ใจดี", "thai")]),
    "arabic": ("محمد عبد الله", "ar", [("محمد عبد الله", "arabic")]),
    "arabic-on-english": ("محمد عبد الله", "en", [("محمد عبد الله", "arabic")]),
    "devanagari": ("प्रिया शर्मा", "en", [("प्रिया शर्मा", "devanagari")]),
    "mixed": ("Dr. অনীতা Sharma", "en", [("Dr.", "latin"), ("অনীতা", "bengali"), ("Sharma", "latin")]),
    "cjk": ("王小明", "en", [("王小明", "cjk")]),
    "cyrillic": ("Анастасия Ковалёва", "en", [("Анастасия Ковалёва", "latin")]),
    "greek": ("Ελευθερία Παπαδοπούλου", "en", [("Ελευθερία Παπαδοπούλου", "latin")]),
    "vietnamese": ("Nguyễn Thị Ánh Tuyết", "fr", [("Nguyễn Thị Ánh Tuyết", "latin")]),
    "hebrew": ("שרה לוי-מזרחי", "en", [("שרה לוי", "hebrew"), ("מזרחי", "hebrew")]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_every_glyph_of_the_name_is_drawn_as_harfbuzz_shapes_it(make_user, level_ka, tmp_path, case):
    name, language, parts = CASES[case]
    _certificate, data = _issue(make_user, level_ka, name=name, language=language)
    page = DrawnPage(data)
    assert page.notdef == [], f"empty boxes drawn: {page.notdef}"
    for part, script in parts:
        path = _bold(script)
        gids, expected = _shaped_keys(part, path)
        assert 0 not in gids, f"{path} has no glyph for some of {part!r}"
        assert _contains(page.keys_in(path), expected), f"{part!r} is not drawn as HarfBuzz shapes it in {path}"
    # Every shaped run carries its characters for copy and search; what it draws is what HarfBuzz makes of them.
    for span, path, drawn in page.spans():
        assert drawn == _shaped_keys(span, path)[1], (span, path)
    text = _pdftotext(data, tmp_path)
    assert all(part in text for part, _script in parts)
    if case != "hebrew":
        # poppler splits a right-to-left word where the font changes (Noto Sans Hebrew has no "-"): the hyphenated
        # name reads "מזרחי-שרה לוי" in pdftotext although it is drawn right (the glyph check above).
        assert name in text


@pytest.mark.parametrize(
    ("text", "script"),
    [("प्रिया शर्मा", "devanagari"), ("বিপ্লব দাস", "bengali"), ("ហេង សុភា", "khmer"), ("အောင် ဆန်း", "myanmar")],
)
def test_the_check_tells_shaped_from_naive_glyphs(text, script):
    """The comparison above can fail: for these scripts HarfBuzz's glyphs are not one per character."""
    path = _bold(script)
    assert _shaped_keys(text, path)[1] != _naive_keys(text, path)


def test_allah_ligature_is_drawn_not_lost(make_user, level_ka):
    """arabic_reshaper turned "الله" into U+FDF2, which the old font lacked: an empty box instead of God's name."""
    _certificate, data = _issue(make_user, level_ka, name="محمد عبد الله", language="ar")
    page = DrawnPage(data)
    path = _bold("arabic")
    _gids, allah = _shaped_keys("الله", path)
    assert page.notdef == [] and _contains(page.keys_in(path), allah)
    assert allah != _naive_keys("الله", path)  # joined forms, not four separate letters


def test_latin_letters_in_a_bengali_name_use_the_latin_font(make_user, level_ka):
    _certificate, data = _issue(make_user, level_ka, name="Dr. অনীতা Sharma", language="en")
    page = DrawnPage(data)
    by_span = {span.strip(): path for span, path, _keys in page.spans()}
    assert by_span["Sharma"] == _bold("latin") and by_span["অনীতা"] == _bold("bengali")


def test_a_missing_font_file_is_reported_by_the_system_check(settings, tmp_path):
    from certificates.pdf.checks import fonts_check

    assert fonts_check(None) == []
    settings.CERTIFICATE_FONT_DIR = tmp_path  # an empty directory: a server without fonts-noto-core
    errors = fonts_check(None)
    assert [error.id for error in errors] == ["certificates.E001"]
    assert "fonts-noto-core" in errors[0].hint and "NotoSansBengali-Regular.ttf" in errors[0].msg
