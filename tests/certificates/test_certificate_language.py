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
    assert '<dd lang="fr" dir="ltr">KA · Acquisition des connaissances</dd>' in page
    assert "Camille Dupont" in page and "/verify/offline/" in page
    english = client.get(f"/verify/{cert.code}/", headers={"accept-language": "en"}).content.decode()
    assert _issued_on(cert, "en") in english and "French" in english


def _letters(text: str) -> str:
    """Letters and digits only, in their order."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


FIXED_TEXTS = (
    "Certificate of ICT competency",
    "This certifies that",
    "has attained the level",
    "Verify this certificate:",
)


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_every_fixed_text_and_the_default_issuer_name_follow_the_holders_language(
    make_user, level_ka, tmp_path, language
):
    from django.utils import translation
    from django.utils.translation import gettext

    cert = _issue(make_user, level_ka, username=f"fixed-{language}", language=language)
    text = _pdftotext(_pdf(cert), tmp_path)
    with translation.override(language):
        expected = [gettext(msgid) for msgid in FIXED_TEXTS]
        expected.append(gettext("Issued: %(date)s") % {"date": _issued_on(cert, language)})
        # One sentence of its own, never "Valid until: does not expire".
        expected.append(gettext("Does not expire"))
        expected.append(gettext("ICT-CFT Teacher Training"))
    english = [*FIXED_TEXTS, "Issued:", "Does not expire", "ICT-CFT Teacher Training"]
    # pdftotext's bidi heuristics move neutral characters of right-to-left lines (a final ":", a date's digits) and
    # extract a zero-width mark (the shadda of "تحقّق") apart from its letter: Arabic compares letters and digits.
    letters = _letters(text)
    for wanted, msgid in zip(expected, english, strict=True):
        assert wanted not in english and not wanted.startswith(msgid), f"{msgid!r} has no {language} translation"
        if language == "ar":
            assert _letters(wanted) in letters, wanted
        else:
            assert wanted in text, wanted
    with translation.override(language):
        glued = gettext("Valid until: %(date)s") % {"date": ""}
    assert _letters(glued) not in letters, "a certificate that never expires has no 'valid until' line"
    # The signed credential keeps the one name the issuer has in every language.
    assert cert.snapshot["issuer_name"] == "ICT-CFT Teacher Training"
    assert "ICT-CFT Teacher Training" in cert.credential_json


def _configure_issuer(**fields):
    from wagtail.models import Site

    from certificates.models import CertificateSettings

    config = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(config, name, value)
    config.full_clean()
    config.save()
    return config


def test_a_custom_issuer_name_prints_in_the_holders_language_where_the_admin_gave_one(make_user, level_ka, tmp_path):
    _configure_issuer(
        issuer_name="Ministry of Education",
        issuer_name_translations={"fr": "Ministère de l'Éducation", "ar": "وزارة التربية"},
    )
    french = _issue(make_user, level_ka, username="issuer-fr", language="fr")
    arabic = _issue(make_user, level_ka, username="issuer-ar", language="ar", name="فاطمة الزهراء")
    spanish = _issue(make_user, level_ka, username="issuer-es", language="es")
    assert "Ministère de l'Éducation" in _pdftotext(_pdf(french), tmp_path)
    assert "وزارة التربية" in _pdftotext(_pdf(arabic), tmp_path)
    # No Spanish name given: the configured one, never the default's translation.
    assert "Ministry of Education" in _pdftotext(_pdf(spanish), tmp_path)
    for cert in (french, arabic, spanish):
        assert cert.snapshot["issuer_name"] == "Ministry of Education"
        assert "Ministry of Education" in cert.credential_json


@pytest.mark.parametrize(
    ("translations", "message"),
    [({"de": "Bildungsministerium"}, "not a language of this site"), ({"fr": "  "}, "1 to 200"), (["fr"], "object")],
)
def test_issuer_names_per_language_are_checked_before_they_are_saved(translations, message):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match=message):
        _configure_issuer(issuer_name_translations=translations)


def test_the_xmp_title_is_in_the_certificates_language(make_user, level_ka):
    import io

    from pypdf import PdfReader

    cert = _issue(make_user, level_ka, username="xmp-es", language="es")
    xmp = PdfReader(io.BytesIO(_pdf(cert))).trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override("es"):
        title = gettext("Certificate %(code)s") % {"code": cert.code}
    assert f'xml:lang="es">{title}<' in xmp and cert.code in xmp
