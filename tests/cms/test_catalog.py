"""The catalogue: matrix counts, filters (GET, no JS) and search across modules and lessons."""

from competency.models import Competency

from .conftest import lessons_of


def test_matrix_counts_modules_per_competency_and_links_to_the_filter(client, make_module):
    make_module("a", code="KA.3")
    make_module("b", code="KA.3")
    make_module("c", code="KD.3")
    catalog_url = make_module("d", code="KA.1").get_parent().url
    html = client.get(catalog_url).content.decode()
    assert '<a href="?competency=KA.3">KA.3<br>2 modules</a>' in html
    assert '<a href="?competency=KD.3">KD.3<br>1 module</a>' in html
    assert '<a href="?competency=KC.6">KC.6<br>0 modules</a>' in html


def test_filters_by_level_aspect_competency_and_language(client, make_module):
    make_module("ka3", code="KA.3", title="Pedagogy basics")
    make_module("kd3", code="KD.3", title="Projects deep")
    make_module("ka3-fr", code="KA.3", title="Pédagogie", language="fr")
    url = make_module("ka1", code="KA.1", title="Policy basics").get_parent().url

    def titles(query: str) -> set[str]:
        html = client.get(url + query).content.decode()
        return {t for t in ("Pedagogy basics", "Projects deep", "Pédagogie", "Policy basics") if f">{t}</a>" in html}

    assert titles("?level=KA") == {"Pedagogy basics", "Pédagogie", "Policy basics"}
    assert titles("?aspect=3") == {"Pedagogy basics", "Projects deep", "Pédagogie"}
    assert titles("?competency=KD.3") == {"Projects deep"}
    assert titles("?language=fr") == {"Pédagogie"}
    assert titles("?level=KA&aspect=3&language=en") == {"Pedagogy basics"}
    assert titles("?level=ZZ") == set()


def test_search_finds_a_lesson_by_a_word_in_its_body(client, make_module):
    module = make_module("search", words="photosynthesis")
    make_module("other", words="fractions")
    html = client.get(module.get_parent().url + "?q=photosynthesis").content.decode()
    lesson = lessons_of(module)[0]
    assert f'href="{lesson.url}"' in html
    assert "Lesson 1 of other" not in html


def test_every_filter_control_has_a_label(client, make_module):
    html = client.get(make_module("labels").get_parent().url).content.decode()
    for control in ("f-q", "f-level", "f-aspect", "f-competency", "f-language"):
        assert f'for="{control}"' in html and f'id="{control}"' in html
    assert Competency.objects.count() == 18


def test_search_with_an_unclosed_quote_still_answers_and_a_nul_byte_gets_a_clear_400(client, make_module):
    module = make_module("quoted", words="photosynthesis")
    url = module.get_parent().url
    lesson = lessons_of(module)[0]
    for q in ("%22photosynthesis", "photosynthesis%22", "%22photosynthesis%22%20%22"):
        response = client.get(f"{url}?q={q}")
        assert response.status_code == 200, q
        assert f'href="{lesson.url}"' in response.content.decode(), q
    # No person types a NUL: the request guard (ADR 0115) answers every such address with a readable 400 page.
    for query in ("q=photo%00synthesis", "level=K%00A"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400, query
        assert "<html" in response.content.decode(), query
