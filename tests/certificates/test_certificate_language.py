"""A certificate speaks its holder's language: names, dates and direction; CJK names print as characters."""

import shutil
import subprocess
import unicodedata

import pytest
from django.utils import timezone

from certificates.pdf import certificate_pdf_render
from certificates.services import certificate_issue

from .conftest import attain

pytestmark = pytest.mark.django_db
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _pdftotext(data: bytes, tmp_path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils must be installed (.ci/run does)"
    path = tmp_path / "c.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # Presentation forms back to letters, bidi marks out: what a reader copying the text would compare.
    return unicodedata.normalize("NFKC", out).translate(BIDI_CONTROLS)


def _issue(make_user, level, *, username: str, language: str, name: str = "Camille Dupont"):
    user = make_user(username, legal_name=name, preferred_language=language)
    attain(user, level)
    return certificate_issue(user=user, level=level)


def _pdf(certificate) -> bytes:
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def _issued_on(certificate, language: str) -> str:
    from django.utils import formats, translation

    with translation.override(language):
        return formats.date_format(timezone.localtime(certificate.issued_at).date(), "DATE_FORMAT")


def test_french_certificate_has_french_names_and_dates(make_user, level_ka, tmp_path):
    cert = _issue(make_user, level_ka, username="camille", language="fr")
    assert cert.language == "fr" and cert.snapshot["language"] == "fr"
    text = _pdftotext(_pdf(cert), tmp_path)
    assert "KA · Acquisition des connaissances" in text
    assert "Référentiel UNESCO de compétences TIC pour les enseignants" in text
    assert "Compréhension des politiques" in text and "Culture numérique" in text
    month = {1: "janvier", 12: "décembre"}.get(cert.issued_at.month)
    assert _issued_on(cert, "fr") in text
    if month:
        assert month in text
    # The credential stays English (ADR 0051): a signed document does not depend on a language.
    assert '"Knowledge Acquisition"' in cert.credential_json or "Knowledge Acquisition" in cert.credential_json


def test_spanish_certificate(make_user, level_ka, tmp_path):
    cert = _issue(make_user, level_ka, username="lucia", language="es", name="Lucía Pérez")
    text = _pdftotext(_pdf(cert), tmp_path)
    assert "Adquisición de conocimientos" in text and "Lucía Pérez" in text
    assert _issued_on(cert, "es") in text and " de " in _issued_on(cert, "es")


def test_arabic_certificate_is_drawn_right_to_left(make_user, level_ka, tmp_path):
    cert = _issue(make_user, level_ka, username="fatima", language="ar", name="فاطمة الزهراء")
    text = _pdftotext(_pdf(cert), tmp_path)
    assert "فاطمة الزهراء" in text
    assert "اكتساب المعرفة" in text and "فهم السياسات" in text
    # Mirrored layout: each competency's code is at the right end of its line, its name to its left.
    line = next(line for line in text.splitlines() if "KA.1" in line)
    assert line.rstrip().endswith("KA.1")
    assert line.index("فهم السياسات") < line.index("KA.1")


def test_unsupported_or_empty_preference_falls_back_to_english(make_user, level_ka, tmp_path):
    cert = _issue(make_user, level_ka, username="plain", language="en")
    assert cert.language == "en"
    assert "Knowledge Acquisition" in _pdftotext(_pdf(cert), tmp_path)


def test_rerender_gives_the_same_text_whatever_the_active_language(make_user, level_ka, tmp_path):
    from django.utils import translation

    cert = _issue(make_user, level_ka, username="again", language="fr")
    first = _pdftotext(_pdf(cert), tmp_path)
    with translation.override("es"):
        again = certificate_pdf_render(
            snapshot=cert.snapshot,
            code=cert.code,
            verify_url=cert.verify_url,
            credential_json=cert.credential_json,
            language=cert.language,
            qr_content=cert.offline_verify_url,
        )
    assert _pdftotext(again, tmp_path) == first


def test_names_stay_as_issued_when_the_framework_translation_changes(make_user, level_ka, tmp_path):
    cert = _issue(make_user, level_ka, username="frozen", language="fr")
    level_ka.translations = {"fr": {"name": "Nom changé plus tard"}}
    level_ka.save(update_fields=["translations"])
    cert.refresh_from_db()
    assert cert.snapshot["level"]["local_name"] == "Acquisition des connaissances"


@pytest.mark.parametrize(
    ("language", "name"), [("en", "王小明"), ("fr", "山田 太郎"), ("es", "김민준"), ("en", "李 Wei Chen")]
)
def test_cjk_names_print_as_characters_not_boxes(make_user, level_ka, tmp_path, language, name):
    cert = _issue(make_user, level_ka, username=f"cjk-{abs(hash(name)) % 10**6}", language=language, name=name)
    assert name in _pdftotext(_pdf(cert), tmp_path)


def test_cjk_font_is_truetype_with_its_licence():
    from reportlab.pdfbase.ttfonts import TTFont

    from certificates.pdf.fonts import CJK_FILE, SHIPPED_DIR

    font = TTFont("CheckCJK", SHIPPED_DIR / CJK_FILE)
    for ch in "王小明山田太郎ひらがなカタカナ김민준":
        assert ord(ch) in font.face.charToGlyph, ch
    licence = (SHIPPED_DIR / "LICENSE-DroidSansFallback.txt").read_text()
    assert "Apache License" in licence and "Version 2.0" in licence


def test_dates_are_written_as_the_certificates_language_writes_them():
    from django.utils import translation

    from certificates.pdf.draw import _date

    with translation.override("fr"):
        assert _date("2026-12-03T10:00:00+00:00") == "3 décembre 2026"
    with translation.override("es"):
        assert _date("2026-12-03T10:00:00+00:00") == "3 de diciembre de 2026"


def test_verification_page_speaks_the_verifiers_language_and_keeps_the_certificates(client, make_user, level_ka):
    cert = _issue(make_user, level_ka, username="verified-fr", language="fr", name="Camille Dupont")
    page = client.get(f"/verify/{cert.code}/", headers={"accept-language": "es"}).content.decode()
    # Dates in the verifier's language (Spanish), names as issued (French), the holder's name untouched.
    assert _issued_on(cert, "es") in page
    assert '<dd lang="fr">KA · Acquisition des connaissances</dd>' in page
    assert "Camille Dupont" in page and "/verify/offline/" in page
    english = client.get(f"/verify/{cert.code}/", headers={"accept-language": "en"}).content.decode()
    assert _issued_on(cert, "en") in english and "French" in english
