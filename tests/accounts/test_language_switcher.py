from django.conf import settings


def test_every_page_offers_the_four_languages_without_javascript(client, framework_v3):
    page = client.get("/framework/").content.decode()
    assert 'action="/me/language/"' in page
    for code in ("en", "fr", "es", "ar"):
        assert f'name="language" value="{code}"' in page
    assert 'value="en" lang="en" dir="ltr" class="link" aria-current="true"' in page


def test_a_visitor_switches_language_and_returns_to_the_same_page(client, framework_v3):
    response = client.post("/me/language/", {"language": "ar", "next": "/framework/"})
    assert response.status_code == 302 and response["Location"] == "/framework/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    page = client.get("/framework/").content.decode()
    assert '<html lang="ar" dir="rtl">' in page


def test_a_signed_in_teachers_choice_is_saved_on_the_profile(client, teacher):
    client.force_login(teacher)
    client.post("/me/language/", {"language": "es", "next": "/me/profile/"})
    teacher.refresh_from_db()
    assert teacher.preferred_language == "es"


def test_unknown_language_is_refused_and_foreign_next_is_ignored(client, teacher):
    assert client.post("/me/language/", {"language": "xx"}).status_code == 400
    response = client.post("/me/language/", {"language": "fr", "next": "https://evil.example/"})
    assert response["Location"] == "/"
    assert client.get("/me/language/").status_code == 405


def test_accept_language_picks_the_first_visits_language(client, framework_v3):
    page = client.get("/framework/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9,en;q=0.5").content.decode()
    assert '<html lang="es" dir="ltr">' in page
    page = client.get("/framework/", HTTP_ACCEPT_LANGUAGE="sw,zz;q=0.5").content.decode()
    assert '<html lang="en" dir="ltr">' in page, "a language we do not ship falls back to English"
