"""The code sheet: each teacher's card in the language their line gave, the page around it in the trainer's."""

import io
import re
import unicodedata

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.translation import gettext, ngettext
from pypdf import PdfReader

from enrolment.models import BulkImport
from enrolment.services.sheets import sheet_days

from .conftest import csv_bytes

pytestmark = pytest.mark.django_db

CODE_URL = "http://testserver/enrolment/code/"
TEACHERS = {  # name on the line: the line's language
    "Amélie Durand": "fr",
    "كريم حداد": "ar",
    "John Smith": "en",
}
FILE = csv_bytes(
    "Amélie Durand,,+33 6 12 34 56 78,École Jules Ferry,Lyon,Riverside 2027,fr",
    "كريم حداد,,+216 20 123 456,Ibn Khaldoun,Sfax,Riverside 2027,ar",
    "John Smith,,+44 7700 900123,Hill School,Leeds,Riverside 2027,en",
)
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def english_trainer(trainer):
    """The cohort's trainer, who reads English."""
    trainer.preferred_language = "en"
    trainer.save(update_fields=["preferred_language"])
    return trainer


def _applied(client, data=FILE) -> BulkImport:
    upload = SimpleUploadedFile("teachers.csv", data, content_type="text/csv")
    response = client.post("/enrolment/import/", {"file": upload}, **ENGLISH)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.post(response["Location"], **ENGLISH)
    upload = BulkImport.objects.get()
    assert upload.applied_at
    return upload


def _sheet(client, upload, kind: str):
    response = client.post(f"/enrolment/import/{upload.uuid}/sheet/", {"format": kind}, **ENGLISH)
    assert response.status_code == 200
    return response


def _sentences(language: str, *, url: str) -> tuple[str, str]:
    """The card's two sentences as the catalogue of `language` writes them."""
    days = sheet_days()
    with translation.override(language):
        return (
            gettext("Sign in at %(url)s with this code.") % {"url": url},
            ngettext("Valid for %(days)d day, once.", "Valid for %(days)d days, once.", days) % {"days": days},
        )


def _cards(html: str) -> dict[str, str]:
    """name -> the card's HTML, opening tag included."""
    cards = {}
    for card in re.findall(r'<li class="code-card".*?</li>', html, flags=re.S):
        name = re.search(r'<p class="code-name"><bdi>(.*?)</bdi></p>', card).group(1)
        cards[name] = card
    return cards


def test_each_card_is_in_its_teachers_language_and_the_page_in_the_trainers(client, english_trainer, cohort):
    client.force_login(english_trainer)
    upload = _applied(client)
    html = _sheet(client, upload, "html").content.decode()
    # The page itself: the trainer's English.
    assert '<html lang="en"' in html
    assert '<h1 class="no-print">Sign-in codes</h1>' in html
    assert "Print this page and cut along the dotted lines" in html
    cards = _cards(html)
    assert set(cards) == set(TEACHERS)
    english = _sentences("en", url=f"<bdi>{CODE_URL}</bdi>")
    for name, language in TEACHERS.items():
        card = cards[name]
        direction = "rtl" if language == "ar" else "ltr"
        assert card.startswith(f'<li class="code-card" lang="{language}" dir="{direction}">'), card
        where, valid = _sentences(language, url=f"<bdi>{CODE_URL}</bdi>")
        assert where in card and valid in card, (name, card)
        if language != "en":
            # Translated, not the English fallback of a missing catalogue entry.
            assert where != english[0] and valid != english[1]
            assert english[0] not in card and english[1] not in card
        assert '<p class="code-value" dir="ltr">' in card  # the code reads left to right on every card


def _normalised(text: str) -> str:
    """Presentation forms back to letters, bidi marks out, every run of white space one space."""
    text = unicodedata.normalize("NFKC", text).replace("\u200e", "")
    return " ".join(text.split())


def test_the_pdf_draws_the_french_and_arabic_cards_in_their_languages(client, english_trainer, cohort):
    client.force_login(english_trainer)
    upload = _applied(client)
    response = _sheet(client, upload, "pdf")
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.metadata.title == "Sign-in codes"  # the document's own title: the trainer's language
    text = _normalised("\n".join(page.extract_text() for page in reader.pages))
    # Left to right: whole sentences (a long one is cut into lines on the card, which extraction joins back).
    for sentence in _sentences("fr", url=CODE_URL):
        assert _normalised(sentence) in text, sentence
    assert "Amélie Durand" in text
    # Right to left: every word (extraction gives the runs of a line in the order they are drawn, and a line of the
    # card may hold the address with a word of Arabic on either side).
    words = set(text.split())
    for sentence in _sentences("ar", url=CODE_URL):
        for word in _normalised(sentence).split():
            if word != CODE_URL and not word.isdigit():
                assert word.strip(".") in {w.strip(".") for w in words}, word
    assert _normalised("كريم حداد") in text
    # No card fell back to English but the English teacher's.
    assert text.count(_normalised(_sentences("en", url=CODE_URL)[1])) == 1


def test_a_card_follows_the_file_not_an_existing_accounts_own_language(client, english_trainer, make_user, cohort):
    """The card, like its name, is the file's: an account's own language would tell the trainer it existed."""
    make_user("colleague", phone="+21620999888", preferred_language="ar")
    client.force_login(english_trainer)
    upload = _applied(client, csv_bytes("Colleague,,+216 20 999 888,,,Riverside 2027,fr"))
    card = _cards(_sheet(client, upload, "html").content.decode())["Colleague"]
    assert card.startswith('<li class="code-card" lang="fr" dir="ltr">')


def test_an_import_applied_before_languages_were_kept_prints_in_the_trainers(client, english_trainer, cohort):
    client.force_login(english_trainer)
    upload = _applied(client)
    upload.summary.pop("sheet_languages")
    upload.save(update_fields=["summary"])
    cards = _cards(_sheet(client, upload, "html").content.decode())
    assert all(card.startswith('<li class="code-card" lang="en" dir="ltr">') for card in cards.values())
