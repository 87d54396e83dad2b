"""LTI Dynamic Registration with the test platform: an administrator of ours opens the registration URL the LMS
gives, the tool registers itself, and the platform's launches with the client it issued then work."""

import html
import re
from urllib.parse import urlencode

import pytest
import requests
from django.conf import settings
from django.test import Client

from lti.models import Deployment, Platform
from tests.support.lti_platform.views import REGISTRATION_TOKEN

from .conftest import platform_launch

pytestmark = pytest.mark.django_db(transaction=True)


def _signed_in(user) -> requests.Session:
    client = Client()
    client.force_login(user)
    browser = requests.Session()
    browser.cookies.set(settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value)
    return browser


def _confirm(browser: requests.Session, url: str) -> requests.Response:
    """Open the registration URL as the LMS does, then press "Register" (a POST with the page's CSRF token)."""
    page = browser.get(url, timeout=30)
    if page.status_code != 200:
        return page
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    hidden = r'<input type="hidden" name="(openid_configuration|registration_token)" value="([^"]*)"'
    fields = {name: html.unescape(value) for name, value in re.findall(hidden, page.text)}
    return browser.post(url.split("?")[0], data={"csrfmiddlewaretoken": token, **fields}, timeout=30)


def _registration_url(live_server, lti_platform, token=REGISTRATION_TOKEN) -> str:
    query = {
        "openid_configuration": f"{lti_platform.url}/.well-known/openid-configuration",
        "registration_token": token,
    }
    return f"{live_server.url}/lti/register/?{urlencode(query)}"


def test_an_administrator_registers_the_tool_and_the_platform_launches_with_it(
    lti_platform, live_server, transactional_db, settings, make_user
):
    settings.ALLOWED_HOSTS = ["*"]
    admin = make_user("admin-lti", roles=("Administrator",))
    browser = _signed_in(admin)
    asked = browser.get(_registration_url(live_server, lti_platform), timeout=30)
    assert asked.status_code == 200 and "/.well-known/openid-configuration" in asked.text
    assert not Platform.objects.exists(), "opening the link registers nothing: the administrator confirms"
    page = _confirm(browser, _registration_url(live_server, lti_platform))
    assert page.status_code == 200, page.text[:2000]
    assert "now registered" in page.text

    sent = lti_platform.state()["registrations"][-1]
    assert sent["initiate_login_uri"] == f"{live_server.url}/lti/login/"
    assert sent["redirect_uris"] == [f"{live_server.url}/lti/launch/"]
    assert sent["jwks_uri"] == f"{live_server.url}/lti/jwks.json"
    client_id = f"dyn-client-{len(lti_platform.state()['registrations'])}"
    platform = Platform.objects.get(issuer=lti_platform.issuer, client_id=client_id)
    deployment = Deployment.objects.get(platform=platform)
    assert platform.keyset_url == lti_platform.keyset_url and not platform.instructors_are_trainers

    launched = platform_launch(
        requests.Session(), lti_platform, "bruno", client=client_id, deployment=deployment.deployment_id
    )
    assert launched.status_code == 302, launched.text[:2000]


def test_a_teacher_cannot_register_a_platform(lti_platform, live_server, transactional_db, settings, make_user):
    settings.ALLOWED_HOSTS = ["*"]
    teacher = make_user("teacher-lti")
    page = _signed_in(teacher).get(_registration_url(live_server, lti_platform), timeout=30)
    assert page.status_code == 403
    assert not Platform.objects.exists()


def test_a_registration_the_platform_refuses_saves_nothing(
    lti_platform, live_server, transactional_db, settings, make_user
):
    settings.ALLOWED_HOSTS = ["*"]
    admin = make_user("admin-lti", roles=("Administrator",))
    page = _confirm(_signed_in(admin), _registration_url(live_server, lti_platform, token="wrong"))
    assert page.status_code == 502
    assert "did not accept the registration" in page.text
    assert not Platform.objects.exists()


def test_a_registration_never_changes_a_platform_already_here(
    registered, lti_platform, live_server, transactional_db, settings, make_user
):
    """Whoever gets an administrator to confirm a registration cannot swap a known platform's keys."""
    settings.ALLOWED_HOSTS = ["*"]
    admin = make_user("admin-lti", roles=("Administrator",))
    before = Platform.objects.get(pk=registered.pk)
    page = _confirm(_signed_in(admin), _registration_url(live_server, lti_platform))
    assert page.status_code == 409 and "already registered" in page.text
    assert list(Platform.objects.values_list("pk", "keyset_url")) == [(before.pk, before.keyset_url)]


def test_a_posted_registration_without_the_pages_token_is_refused(
    lti_platform, live_server, transactional_db, settings, make_user
):
    settings.ALLOWED_HOSTS = ["*"]
    admin = make_user("admin-lti", roles=("Administrator",))
    query = {"openid_configuration": f"{lti_platform.url}/.well-known/openid-configuration"}
    forged = _signed_in(admin).post(f"{live_server.url}/lti/register/", data=query, timeout=30)
    assert forged.status_code == 403
    assert not Platform.objects.exists()


@pytest.mark.parametrize(
    ("url", "under"),
    [
        ("https://lms.example.org/.well-known/openid-configuration", True),
        ("https://lms.example.org/moodle/.well-known/openid-configuration", True),
        ("https://lms.example.org.evil.test/.well-known/openid-configuration", False),
        ("https://lms.example.org@evil.test/.well-known/openid-configuration", False),
        ("https://evil.test/?https://lms.example.org", False),
        ("http://lms.example.org/.well-known/openid-configuration", False),
        ("https://lms.example.org:8443/.well-known/openid-configuration", False),
        ("https://lms.example.org:notaport/x", False),
    ],
)
def test_a_configuration_must_live_under_the_issuer_it_names(url, under):
    from lti.dynamic_registration import url_is_under

    assert url_is_under(url, "https://lms.example.org") is under
