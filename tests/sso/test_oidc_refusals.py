"""What our site refuses in a sign-in with a ministry account, and what the teacher sees then (ADR 0154)."""

import re
from urllib.parse import parse_qsl, urlencode

from django.conf import settings

from accounts.models import User
from tests.sso.conftest import ministry_sign_in

ERROR_TITLE = "Sign-in with your ministry account did not complete"


def _with(query: str, **changes) -> str:
    params = dict(parse_qsl(query))
    params.update(changes)
    return urlencode(params)


def test_a_callback_with_a_forged_state_is_refused_with_a_clear_page(client, sso):
    response = ministry_sign_in(client, sso, "amina", tamper=lambda q: _with(q, state="forged-state-value"))

    assert response.status_code == 401
    assert ERROR_TITLE in response.text
    assert "not come from the sign-in you started in this browser" in response.text
    assert 'href="/accounts/login/"' in response.text
    assert not User.objects.exists()
    assert "_auth_user_id" not in client.session


def test_a_callback_from_another_browser_is_refused(client, sso):
    # The code and state are genuine but belong to a sign-in started elsewhere: this browser's session has no state.
    captured = {}

    def steal(query):
        captured["query"] = query
        return query

    ministry_sign_in(client, sso, "amina", tamper=steal)
    client.post("/accounts/logout/")
    User.objects.all().delete()
    from django.test import Client

    other = Client()
    response = other.get(f"/accounts/oidc/ministry/login/callback/?{captured['query']}")

    assert response.status_code == 401
    assert ERROR_TITLE in response.text
    assert not User.objects.exists()


def test_a_replayed_callback_is_refused(client, sso):
    replay = {}

    def keep(query):
        replay["query"] = query
        return query

    ministry_sign_in(client, sso, "amina", tamper=keep)
    # Amina's claims say French, and the first sign-in set her language: read the refusal in English.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(f"/accounts/oidc/ministry/login/callback/?{replay['query']}", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 401
    assert ERROR_TITLE in response.text


def test_declining_at_the_provider_says_the_sign_in_was_cancelled(client, sso):
    response = ministry_sign_in(client, sso, "amina", consent=False)

    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Login Cancelled" in page.text
    assert not User.objects.exists()
    assert "_auth_user_id" not in client.session


def test_the_log_in_page_shows_one_button_per_provider(client, sso):
    page = client.get("/accounts/login/?next=/me/certificates/").text

    assert "Sign in with your ministry account" in page
    form = re.search(r'<form method="post" action="([^"]+)" class="sso-provider">', page)
    assert form and form.group(1) == "/accounts/oidc/ministry/login/?next=%2Fme%2Fcertificates%2F"
    assert "Sign in with Ministry of Education" in page


def test_the_log_in_page_has_no_ministry_section_without_providers(client, db, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": []}, "saml": {"APPS": []}}

    page = client.get("/accounts/login/").text

    assert "Sign in with your ministry account" not in page
    assert client.post("/accounts/oidc/ministry/login/").status_code == 404


def test_the_sign_in_returns_to_the_page_asked_for(client, sso):
    response = ministry_sign_in(client, sso, "amina", next_url="/me/certificates/")

    assert response.status_code == 302
    assert response["Location"] == "/me/certificates/"
