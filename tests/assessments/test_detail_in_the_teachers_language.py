"""The assessment page names its competencies in the teacher's language and counts minutes as the language does."""

import pytest

pytestmark = pytest.mark.django_db


def _get(client, url: str, language: str) -> str:
    client.cookies["django_language"] = language
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_competencies_in_french_and_one_minute_is_singular(client, teacher, make_assessment, single_choice):
    make_assessment([single_choice()], slug="one-minute", cooldown_minutes=1)
    client.force_login(teacher)
    french = _get(client, "/assessments/one-minute/", "fr")
    assert "KA.1 · " in french and "Policy Understanding" not in french
    english = _get(client, "/assessments/one-minute/", "en")
    assert "1 minute between attempts" in english and "1 minutes" not in english
