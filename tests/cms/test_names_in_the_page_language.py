"""Framework names in the page's language wherever a teacher meets them, and content that keeps its own direction."""

import pytest
from wagtail.models import Locale

from .test_translations import _french, _get

pytestmark = pytest.mark.django_db


def test_module_page_names_level_and_competencies_in_french(client, make_module):
    module = make_module("ka3", code="KA.3", title="Pedagogy basics")
    html = _get(client, module.url, "fr")
    assert "KA · Acquisition des connaissances" in html
    assert "Knowledge Acquisition" not in html
    # Not translated yet: the module's words keep English's lang and direction, the facts are French.
    assert '<div lang="en" dir="ltr">' in html
    assert "Anglais" in html, "the language of the module, named in French"


def test_module_page_in_arabic_joins_with_the_arabic_semicolon_and_keeps_english_ltr(client, make_module):
    module = make_module("ka3", code="KA.3", title="Pedagogy basics")
    arabic = _get(client, module.url, "ar")
    assert "اكتساب المعرفة" in arabic and '<div lang="en" dir="ltr">' in arabic
    assert "Knowledge Acquisition" not in arabic


def test_catalogue_filters_and_matrix_name_levels_aspects_and_competencies_in_spanish(client, make_module):
    make_module("ka3", code="KA.3", title="Pedagogy basics")
    html = _get(client, "/modules/", "es")
    assert "KA · Adquisición de conocimientos" in html
    assert "3 · Pedagogía" in html
    assert "Knowledge Acquisition" not in html and "Pedagogy</" not in html
    assert '<h3 lang="en" dir="ltr">' in html, "an untranslated module card keeps English's direction"


def test_my_competencies_speaks_the_teachers_language(client, framework_v3, teacher):
    client.force_login(teacher)
    html = _get(client, "/me/competencies/", "fr")
    assert "Référentiel UNESCO de compétences TIC pour les enseignants, version 3" in html
    assert "KA · Acquisition des connaissances" in html
    assert "Knowledge Acquisition" not in html and "Teachers 3" not in html


def test_untranslated_home_page_uses_the_sites_name_and_keeps_the_intros_direction(client, catalog):
    home = catalog.get_parent().specific
    home.intro = "<p>Short modules from a tool.</p>"
    home.save_revision().publish()
    arabic = _get(client, "/", "ar")
    assert '<div class="prose" lang="en" dir="ltr">' in arabic
    assert "<h1>Home</h1>" not in arabic, "the English title of an untranslated home page is not the heading"
    english = _get(client, "/", "en")
    assert '<div class="prose">' in english and 'lang="en" dir' not in english.split("<main")[1].split("</main>")[0]


def test_translated_home_page_is_shown_in_its_language(client, catalog):
    home = catalog.get_parent().specific
    home.title, home.intro, home.call_to_action = "Teacher training", "<p>Short modules.</p>", "See the modules"
    home.save_revision().publish()
    _french(home, {"Teacher training": "Formation des enseignants", "Short modules.": "Des modules courts.",
                   "See the modules": "Voir les modules"})  # fmt: skip
    assert home.get_translations().filter(locale=Locale.objects.get(language_code="fr")).exists()
    html = _get(client, "/", "fr")
    assert "<h1>Formation des enseignants</h1>" in html and "Des modules courts." in html
    assert "Voir les modules" in html and 'dir="ltr"' not in html.split("<main")[1].split("</main>")[0]
