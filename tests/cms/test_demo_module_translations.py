"""The whole demo curriculum in French, Spanish and Arabic: every live module and lesson has a live translation with
no segment left in English (issue 19: the whole curriculum in four languages)."""

import re

import polib
import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation

from cms.demo.content import MODULES
from cms.demo.translations import DIRECTORY, SITE
from cms.models import LessonPage, ModulePage

LANGUAGES = ["fr", "es", "ar"]
TAG = re.compile(r"<[^>]+>")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_module_ships_a_complete_translation_with_its_markup(language):
    names = sorted(p.stem for p in (DIRECTORY / language).glob("*.po"))
    assert names == sorted([SITE, *(spec.slug for spec in MODULES)])
    untranslated, mismatched = [], []
    for path in (DIRECTORY / language).glob("*.po"):
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            if not entry.msgstr.strip() or "fuzzy" in entry.flags:
                untranslated.append(f"{path.name}: {entry.msgid[:60]}")
            elif sorted(TAG.findall(entry.msgid)) != sorted(TAG.findall(entry.msgstr)):
                mismatched.append(f"{path.name}: {entry.msgid[:60]}")
    assert untranslated == []
    assert mismatched == []


@pytest.mark.django_db
def test_every_live_module_and_lesson_is_live_in_every_language_with_no_segment_untranslated(demo):
    pages = [*ModulePage.objects.live().filter(locale__language_code="en")]
    pages += [*LessonPage.objects.live().filter(locale__language_code="en")]
    assert len([p for p in pages if isinstance(p, ModulePage)]) == len(MODULES)
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        for page in pages:
            translated = page.get_translations().filter(locale=locale).first()
            assert translated is not None and translated.live, f"{page.slug} has no live {language} page"
            assert translated.title != page.title, f"{page.slug}: {language} title is the English one"
        strings = StringSegment.objects.filter(source__object_id__in=[p.translation_key for p in pages]).values_list(
            "string_id", "context_id"
        )
        done = set(
            StringTranslation.objects.filter(locale=locale, translation_of_id__in=[s for s, _c in strings]).values_list(
                "translation_of_id", "context_id"
            )
        )
        missing = [pair for pair in set(strings) if pair not in done]
        assert missing == [], f"{len(missing)} {language} segments untranslated"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_teacher_reading_in_their_language_gets_the_translated_lesson_at_the_original_address(
    demo, client, language, settings
):
    lesson = LessonPage.objects.live().filter(locale__language_code="en").first()
    translated = lesson.get_translation(Locale.objects.get(language_code=language))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(lesson.url).content.decode()
    assert translated.title in page.replace("&#x27;", "'")
    assert f'lang="{language}"' in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "welcome", "browse", "title"),
    [
        ("fr", "Des modules courts et pratiques", "Parcourir les modules", "Choisissez un module par niveau"),
        ("es", "Módulos breves y prácticos", "Explorar los módulos", "<h1>Módulos</h1>"),
        ("ar", "وحدات قصيرة وعملية للمعلمين", "تصفّح الوحدات", "<h1>الوحدات</h1>"),
    ],
)
def test_the_home_page_and_catalogue_are_in_the_teachers_language(client, demo, language, welcome, browse, title):
    client.cookies["django_language"] = language  # pages keep their address; the reader's language picks the text
    page = client.get("/").content.decode()
    assert welcome in page and browse in page and "Short, practical modules" not in page
    page = client.get("/modules/").content.decode()
    assert title in page and "Pick a module by level" not in page
