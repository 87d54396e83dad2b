"""The framework's names in the interface languages: UNESCO's where published, ours marked unofficial."""

import io
import json

import pytest
from django.core.management import call_command

from competency.management.commands.load_framework import DATA_DIR, available
from competency.services import FrameworkLoadError, framework_translations_load

pytestmark = pytest.mark.django_db


def _page(client, url: str, language: str) -> str:
    response = client.get(url, headers={"accept-language": language})
    assert response.status_code == 200
    return response.content.decode()


def test_matrix_shows_unesco_french_and_spanish_names(client, framework_v3):
    fr = _page(client, "/framework/", "fr")
    assert "Référentiel UNESCO de compétences TIC pour les enseignants" in fr
    assert "Approfondissement des connaissances" in fr and "Enseignant en tant qu&#x27;innovateur" in fr
    assert "Knowledge Deepening" not in fr
    assert "our translation" not in fr, "UNESCO published these names: no unofficial notice"
    es = _page(client, "/framework/", "es")
    assert "Marco de competencias de los docentes en materia de TIC UNESCO" in es
    assert "Creación de conocimientos" in es and "Alfabetización digital" in es
    en = _page(client, "/framework/", "en")
    assert "Knowledge Creation" in en and "Acquisition des connaissances" not in en


def test_arabic_names_are_shown_and_marked_unofficial(client, framework_v3):
    level = framework_v3.levels.get(code="KA")
    assert level.translations["ar"]["unofficial"] is True
    assert not level.name_is_official("ar") and level.name_is_official("fr")
    page = _page(client, "/framework/ictcft-v3/level/KA/", "ar")
    assert "اكتساب المعرفة" in page
    assert 'class="unofficial-names"' in page


def test_competency_page_in_french_names_level_and_aspect(client, framework_v3):
    page = _page(client, "/framework/ictcft-v3/KD.5/", "fr")
    assert "Travail collaboratif" in page
    assert "Approfondissement des connaissances" in page and "Organisation et administration" in page


def test_name_in_falls_back_to_english_and_strips_region(framework_v3):
    competency = framework_v3.competencies.get(code="KA.3")
    assert competency.name_in("fr-ca") == "Enseignement amélioré grâce aux TIC"
    assert competency.name_in("zh-hans") == competency.title == "ICT-enhanced Teaching"


def test_english_names_records_copy_are_untouched_by_translations(framework_v3):
    """The English name stays the field; translations live beside it."""
    assert framework_v3.levels.get(code="KC").name == "Knowledge Creation"


def test_reloading_is_idempotent_and_i18n_file_is_not_a_framework(framework_v3):
    assert "ictcft-v3.i18n" not in available()
    before = {c.code: c.translations for c in framework_v3.competencies.all()}
    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    assert {c.code: c.translations for c in framework_v3.competencies.all()} == before


def test_unknown_code_refuses_the_whole_file(framework_v3):
    data = json.loads((DATA_DIR / "ictcft-v3.i18n.json").read_text())
    data["framework"]["fr"]["name"] = "Changé"
    data["competencies"]["KA.9"] = {"fr": {"name": "Inexistante"}}
    with pytest.raises(FrameworkLoadError, match="KA.9"):
        framework_translations_load(data=data)
    framework_v3.refresh_from_db()
    assert framework_v3.name_in("fr") != "Changé", "nothing was written"


def test_empty_name_is_refused(framework_v3):
    with pytest.raises(FrameworkLoadError, match="KA"):
        framework_translations_load(data={"slug": "ictcft-v3", "levels": {"KA": {"fr": {"name": " "}}}})


def test_every_part_has_all_three_languages():
    data = json.loads((DATA_DIR / "ictcft-v3.i18n.json").read_text())
    parts = [data["framework"], *data["levels"].values(), *data["aspects"].values(), *data["competencies"].values()]
    assert len(parts) == 1 + 3 + 6 + 18
    for part in parts:
        assert set(part) == {"fr", "es", "ar"}
        assert part["ar"].get("unofficial") is True
