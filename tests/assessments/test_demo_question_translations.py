"""The demo question pools in French, Spanish and Arabic: every question, option and feedback, and the assessments'
titles, reach a teacher in their language (issue 19: the whole curriculum in four languages)."""

import random
import re

import polib
import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from assessments.demo.pools import POOLS
from assessments.demo.translations import DIRECTORY, demo_question_translations_ensure
from assessments.models import Assessment, Question, QuestionTranslation
from assessments.services.snapshot import question_snapshot

LANGUAGES = ["fr", "es", "ar"]
QUESTIONS = sum(len(pool.items) for pool in POOLS)
TAG = re.compile(r"<[^>]+>")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_question_text_ships_translated_with_its_markup_and_placeholders(language):
    files = sorted((DIRECTORY / language).glob("*.po"))
    assert len(files) == len(POOLS) + 1, "one file per pool, plus _common.po"
    untranslated, mismatched = [], []
    for path in files:
        for entry in polib.pofile(str(path)):
            if not entry.msgstr.strip() or "fuzzy" in entry.flags:
                untranslated.append(f"{path.name}: {entry.msgctxt}")
            elif sorted(TAG.findall(entry.msgid)) != sorted(TAG.findall(entry.msgstr)) or sorted(
                PLACEHOLDER.findall(entry.msgid)
            ) != sorted(PLACEHOLDER.findall(entry.msgstr)):
                mismatched.append(f"{path.name}: {entry.msgctxt}")
    assert untranslated == [], f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert mismatched == []


def test_the_templates_a_translator_fills_match_the_pools_as_they_are(tmp_path):
    """Regenerating the files changes nothing: no question was edited in English since it was translated."""
    for language in LANGUAGES:
        before = {p.name: p.read_text() for p in (DIRECTORY / language).glob("*.po")}
        with open(tmp_path / "out", "w") as out:
            call_command("demo_question_po_template", language=language, stdout=out)
        after = {p.name: p.read_text() for p in (DIRECTORY / language).glob("*.po")}
        changed = [name for name in before if _entries(before[name]) != _entries(after[name])]
        assert changed == []


def _entries(text: str) -> list[tuple]:
    return [(e.msgctxt, e.msgid, e.msgstr) for e in polib.pofile(text)]


def test_the_template_command_refuses_a_language_the_site_does_not_offer():
    with pytest.raises(CommandError, match="de is not a language"):
        call_command("demo_question_po_template", language="de")


@pytest.mark.django_db
def test_the_demo_has_every_question_and_assessment_in_every_language(demo):
    for language in LANGUAGES:
        assert QuestionTranslation.objects.filter(language=language).count() == QUESTIONS
    for assessment in Assessment.objects.filter(slug__startswith="module-"):
        for language in LANGUAGES:
            assert assessment.name_in(language) != assessment.title
            assert assessment.description_in(language) != assessment.description
    exam = Assessment.objects.get(slug="exam-ka")
    assert "{count}" not in exam.description_in("ar") and "6" in exam.description_in("ar")


@pytest.mark.django_db
def test_loading_again_brings_translations_up_to_date_without_duplicates(demo):
    row = QuestionTranslation.objects.filter(language="es").first()
    QuestionTranslation.objects.filter(pk=row.pk).update(text="stale")
    results = demo_question_translations_ensure()
    assert {r.language: (r.questions, r.complete) for r in results} == dict.fromkeys(LANGUAGES, (QUESTIONS, QUESTIONS))
    row.refresh_from_db()
    assert row.text != "stale"
    assert QuestionTranslation.objects.filter(language="es").count() == QUESTIONS


@pytest.mark.django_db
def test_an_attempt_in_arabic_shows_the_arabic_words_and_grades_on_the_same_options(demo):
    question = Question.objects.filter(type="single", translations__language="ar").prefetch_related(
        "options", "translations", "alignments__competency", "rubric__levels", "rubric__criteria"
    )[0]
    english = question_snapshot(question, random.Random(1), shuffle_options=False)
    arabic = question_snapshot(question, random.Random(1), shuffle_options=False, language="ar")
    assert arabic["language"] == "ar"
    assert re.search(r"[\u0600-\u06ff]", arabic["text"])
    assert [o["token"] for o in arabic["options"]] == [o["token"] for o in english["options"]]
    assert arabic["key"]["correct"] == english["key"]["correct"]
    assert all(re.search(r"[\u0600-\u06ff]", o["text"]) for o in arabic["options"])


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_assessment_page_is_titled_in_the_teachers_language(demo, client, make_user, language):
    assessment = Assessment.objects.get(slug="exam-kd")
    client.force_login(make_user("reader", preferred_language=language))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(assessment.get_absolute_url()).content.decode()
    assert f"<h1>{assessment.name_in(language)}</h1>" in page.replace("&#x27;", "'")
    assert assessment.name_in(language) != assessment.title


@pytest.mark.django_db
def test_a_translation_in_an_unknown_language_or_shape_is_refused_with_a_reason(framework_v3):
    from django.utils import translation

    translation.activate("en")  # the messages are read in English, whatever an earlier test left active
    assessment = Assessment(slug="x", title="X", level=framework_v3.levels.first(), translations={"de": {"name": "X"}})
    with pytest.raises(ValidationError, match="de: not a language of this site"):
        assessment.clean()
    assessment.translations = {"fr": {"name": "X", "summary": "Y"}}
    with pytest.raises(ValidationError, match="give only"):
        assessment.clean()
    assessment.translations = {"fr": "X"}
    with pytest.raises(ValidationError, match="Give an object"):
        assessment.clean()
