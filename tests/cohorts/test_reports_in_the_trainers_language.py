"""A trainer reading the reports in Arabic or French sees the framework's names in that language, plain links
(no link inside a drawing) and lists joined as the language joins them."""

import pytest

pytestmark = pytest.mark.django_db


def _get(client, url: str, language: str) -> str:
    client.cookies["django_language"] = language
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_heatmap_names_levels_and_aspects_in_arabic_without_svg_links(world, client, trainer):
    cohort = world["cohort"]
    client.force_login(trainer)
    html = _get(client, f"/cohorts/{cohort.pk}/reports/heatmap/", "ar")
    assert "اكتساب المعرفة" in html and "Knowledge Acquisition" not in html
    assert '<table class="heatmap">' in html and "<svg" not in html.split("<main")[1]
    assert 'class="heat-level"' in html


def test_funnel_and_time_reports_speak_french(world, client, trainer):
    cohort = world["cohort"]
    client.force_login(trainer)
    funnel = _get(client, f"/cohorts/{cohort.pk}/reports/funnel/", "fr")
    assert '<dl class="funnel-bars">' in funnel and "<text" not in funnel
    time = _get(client, f"/cohorts/{cohort.pk}/reports/time-to-mastery/", "fr")
    assert "Knowledge" not in time and "Policy Understanding" not in time
