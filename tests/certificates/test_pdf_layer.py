"""The fixed part of a certificate page is drawn once per process and replayed (ADR 0135): a page built from the
replayed layer is byte for byte the page drawn afresh, whatever name was drawn before it."""

import pytest

from certificates.pdf import certificate_pdf_render
from certificates.pdf.layer import layer_clear

CASES = {
    "latin-en": ("en", ["Camille Dupont", "Zoë Ørsted-Núñez"]),
    "arabic-ar": ("ar", ["محمد عبد الله", "فاطمة الزهراء"]),
    "bengali-en": ("en", ["বিপ্লব দাস", "Dr. অনীতা Sharma"]),
    "cyrillic-fr": ("fr", ["Анастасия Ковалёва", "Дмитрий Соколов"]),
    "cjk-es": ("es", ["王小明", "山田 太郎"]),
}


def _render(certificate, *, name: str, language: str) -> bytes:
    return certificate_pdf_render(
        snapshot={**certificate.snapshot, "holder_name": name, "language": language},
        code=certificate.code,
        verify_url=certificate.verify_url,
        credential_json=certificate.credential_json,
        language=language,
        qr_content=certificate.offline_verify_url,
    )


@pytest.mark.parametrize("case", list(CASES))
def test_a_page_from_the_replayed_layer_is_the_page_drawn_afresh(certificate, case):
    language, (first, second) = CASES[case]
    layer_clear()
    fresh = _render(certificate, name=second, language=language)  # records the layer
    layer_clear()
    _render(certificate, name=first, language=language)  # records it while drawing another name
    replayed = _render(certificate, name=second, language=language)
    assert replayed == fresh


def test_pages_of_other_levels_or_languages_do_not_share_a_layer(certificate):
    layer_clear()
    english = _render(certificate, name="Camille Dupont", language="en")
    french = _render(certificate, name="Camille Dupont", language="fr")
    layer_clear()
    assert _render(certificate, name="Camille Dupont", language="fr") == french
    assert english != french
