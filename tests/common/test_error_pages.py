"""403, 404, 400 and 500 are pages of the site: its layout, the visitor's language, a way forward, the right status."""

import pytest
from django.test import Client
from django.urls import path

pytestmark = pytest.mark.django_db


def _boom(request):
    raise RuntimeError("a bug")


urlpatterns_with_a_bug = [path("boom/", _boom)]


def _way_forward(page: str) -> str:
    start = page.index('<nav class="way-forward"')
    return page[start : page.index("</nav>", start)]


def _client(language: str) -> Client:
    return Client(HTTP_ACCEPT_LANGUAGE=language, raise_request_exception=False)


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_403_for_a_teacher_on_a_trainers_page(make_user, language, direction):
    client = _client(language)
    client.force_login(make_user("teacher1", preferred_language=language))
    response = client.get("/cohorts/")
    assert response.status_code == 403
    page = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert 'class="site-header"' in page and "<h1>" in page, "inside the site's layout"
    assert 'href="/learn/my/"' in _way_forward(page), "a way forward for a signed-in teacher: My learning"
    assert 'href="/"' in page
    if language == "en":
        assert "You cannot open this page" in page and "Teacher1" in page


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_403_for_an_anonymous_visitor_offers_to_log_in(language, direction):
    from django.core.exceptions import PermissionDenied
    from django.test import RequestFactory
    from django.views.defaults import permission_denied

    request = RequestFactory(HTTP_ACCEPT_LANGUAGE=language).get("/cohorts/1/")
    from django.contrib.auth.models import AnonymousUser
    from django.utils import translation

    request.user = AnonymousUser()
    with translation.override(language):
        response = permission_denied(request, PermissionDenied())
    page = response.content.decode()
    assert response.status_code == 403
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert 'href="/accounts/login/?next=/cohorts/1/"' in _way_forward(page)
    assert 'href="/learn/my/"' not in _way_forward(page)


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "teacher"])
def test_404_in_the_layout_with_a_way_forward(make_user, language, direction, signed_in):
    client = _client(language)
    if signed_in:
        client.force_login(make_user("teacher1"))
    response = client.get("/no-such-page/at-all/")
    assert response.status_code == 404
    page = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert 'class="site-header"' in page and 'class="way-forward"' in page
    forward = _way_forward(page)
    assert ('href="/learn/my/"' in forward) == signed_in
    assert ('href="/accounts/login/?next=/no-such-page/at-all/"' in forward) == (not signed_in)
    if language == "en":
        assert "Page not found" in page


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_500_in_the_layout_and_the_visitors_language(settings, language, direction):
    settings.ROOT_URLCONF = __name__
    client = _client(language)
    response = client.get("/boom/")
    assert response.status_code == 500
    page = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert 'class="way-forward"' in page


def test_500_falls_back_to_a_bare_page_when_the_layout_fails(settings, monkeypatch):
    from common import views

    def broken(*args, **kwargs):
        raise RuntimeError("the layout needs the database, which is down")

    monkeypatch.setattr(views, "render", broken)
    settings.ROOT_URLCONF = __name__
    response = _client("en").get("/boom/")
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


def test_400_from_django_is_in_the_layout(rf):
    from django.core.exceptions import SuspiciousOperation
    from django.views.defaults import bad_request

    request = rf.get("/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    from django.utils import translation

    with translation.override("en"):  # Django's 400 handler renders without the request's language
        response = bad_request(request, SuspiciousOperation("bad"))
    assert response.status_code == 400
    assert b'class="site-header"' in response.content and b"Bad request" in response.content


def _urlpatterns():
    from config.urls import urlpatterns

    return [*urlpatterns_with_a_bug, *urlpatterns]


urlpatterns = _urlpatterns()
handler500 = "common.views.server_error"
