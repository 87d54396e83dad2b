"""Inside the LMS's iframe: only a session begun by a launch from a registered platform may be framed, and only by
that platform; over HTTPS its cookies are `SameSite=None; Secure`, so a browser that allows third-party cookies keeps
the person signed in there, in her language, and the forms pass CSRF; a browser that blocks third-party cookies is
offered a new window that signs in once (ADR 0172)."""

from urllib.parse import urljoin, urlsplit

import pytest
import requests
from django.conf import settings as django_settings

from .conftest import form_of, platform_launch_form, tool_follow

pytestmark = pytest.mark.django_db(transaction=True)


def _frame_ancestors(response) -> list[str]:
    for part in response.headers["Content-Security-Policy"].split(";"):
        words = part.split()
        if words and words[0] == "frame-ancestors":
            return words[1:]
    return []


def test_a_launched_session_may_be_framed_by_its_platform_only(registered, lti_platform, live_server):
    browser = requests.Session()
    action, fields = platform_launch_form(browser, lti_platform, "alice")
    landing = tool_follow(browser, browser.post(action, data=fields, allow_redirects=False, timeout=30))
    assert landing.status_code == 200
    assert _frame_ancestors(landing) == ["'self'", lti_platform.url]
    assert "X-Frame-Options" not in landing.headers

    stranger = requests.get(f"{live_server.url}/framework/", timeout=30)
    assert _frame_ancestors(stranger) == ["'self'"]
    assert stranger.headers["X-Frame-Options"] == "SAMEORIGIN"


def test_a_browser_blocking_cookies_in_the_frame_gets_a_new_window_that_signs_in_once(registered, lti_platform):
    browser = requests.Session()
    action, fields = platform_launch_form(browser, lti_platform, "alice")
    # In the frame the browser drops our cookies: every request goes without them.
    launched = requests.post(action, data=fields, allow_redirects=False, timeout=30)
    assert launched.status_code == 302
    in_frame = requests.get(urljoin(launched.url, launched.headers["Location"]), allow_redirects=False, timeout=30)
    assert in_frame.status_code == 200
    assert "Open in a new window" in in_frame.text
    link = in_frame.text.split('target="_blank"')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    window_url = urljoin(in_frame.url, link)

    window = requests.Session()  # a new top-level window: first-party cookies work
    landing = tool_follow(window, window.get(window_url, allow_redirects=False, timeout=30))
    assert landing.status_code == 200
    assert '<html lang="fr"' in landing.text  # signed in as Alice

    again = requests.get(window_url, allow_redirects=False, timeout=30)
    assert again.status_code == 400  # the code worked once


@pytest.fixture
def behind_https(settings):
    """config/settings/production.py's HTTPS settings: TLS ends at the reverse proxy, which says so in the
    X-Forwarded-Proto header; the session and CSRF cookies are Secure. (The site's SameSite default stays Lax.)"""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True


def _set_cookies(response: requests.Response) -> dict[str, dict]:
    """The cookies one response sets, read from its Set-Cookie headers: name -> value and attributes (lower-case
    names; a flag such as Secure maps to "")."""
    cookies = {}
    for header in response.raw.headers.getlist("Set-Cookie"):
        name_value, *attributes = (part.strip() for part in header.split(";"))
        name, _, value = name_value.partition("=")
        cookies[name] = {"value": value}
        for attribute in attributes:
            key, _, attribute_value = attribute.partition("=")
            cookies[name][key.lower()] = attribute_value
    return cookies


class _CrossSiteFrame:
    """A browser showing our site in the LMS's iframe, over HTTPS, that allows third-party cookies. Like current
    browsers there, it sends back only the cookies set `SameSite=None; Secure`: Lax and Strict cookies (and those
    without SameSite, Lax by default) stay out of a cross-site frame. The TLS proxy is played by the header
    production trusts."""

    def __init__(self, live_server_url: str):
        self.origin = "https://" + urlsplit(live_server_url).netloc
        self.jar: dict[str, dict] = {}

    def request(self, method: str, url: str, **kwargs) -> requests.Response:
        kept = {
            name: cookie["value"]
            for name, cookie in self.jar.items()
            if cookie.get("samesite", "").lower() == "none" and "secure" in cookie
        }
        headers = {"X-Forwarded-Proto": "https", **kwargs.pop("headers", {})}
        if method == "POST" and urlsplit(url).netloc == urlsplit(self.origin).netloc:
            headers["Origin"] = self.origin  # a form of our page in the frame: the browser sends our origin
        if kept:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in kept.items())
        response = requests.request(method, url, headers=headers, allow_redirects=False, timeout=30, **kwargs)
        for name, cookie in _set_cookies(response).items():
            if cookie.get("max-age") == "0" or not cookie["value"].strip('"'):
                self.jar.pop(name, None)
            else:
                self.jar[name] = cookie
        return response

    def follow(self, response: requests.Response) -> requests.Response:
        for _ in range(5):
            if response.status_code not in (301, 302, 303):
                return response
            response = self.request("GET", urljoin(response.url, response.headers["Location"]))
        raise AssertionError("too many redirects at the tool")


def _frame_launch(lti_platform, live_server, user: str) -> tuple[_CrossSiteFrame, requests.Response]:
    # The login initiation goes without the proxy header: the platform has our tool registered at live_server's
    # http:// launch URL and checks the redirect_uri we send against it. It sets no cookie (ADR 0172).
    browser = requests.Session()
    action, fields = platform_launch_form(browser, lti_platform, user)
    assert not browser.cookies
    frame = _CrossSiteFrame(live_server.url)
    return frame, frame.request("POST", action, data=fields)


def test_over_https_a_launch_sets_its_cookies_for_the_frame_and_its_forms_pass_csrf(
    registered, lti_platform, live_server, behind_https
):
    frame, launched = _frame_launch(lti_platform, live_server, "ines")
    assert launched.status_code == 302, launched.text[:2000]
    cookies = _set_cookies(launched)
    for name in (
        django_settings.SESSION_COOKIE_NAME,
        django_settings.CSRF_COOKIE_NAME,
        django_settings.LANGUAGE_COOKIE_NAME,
    ):
        assert name in cookies, sorted(cookies)
        assert cookies[name].get("samesite") == "None" and "secure" in cookies[name], (name, cookies[name])

    course = frame.follow(launched)  # the session cookie came back: no "open in a new window" page
    assert course.status_code == 200, course.text[:2000]
    assert "/lti/courses/" in course.url
    action, fields, _ = form_of(course, "/roster/")
    synced = frame.request("POST", action, data=fields)  # CSRF: the cookie came back too, with the form's token
    assert synced.status_code == 200, synced.text[:2000]
    assert "Course roster:" in synced.text


def test_over_https_the_framed_pages_keep_the_platforms_language(registered, lti_platform, live_server, behind_https):
    frame, launched = _frame_launch(lti_platform, live_server, "alice")
    landing = frame.follow(launched)
    assert landing.status_code == 200, landing.text[:2000]
    assert '<html lang="fr"' in landing.text  # the language cookie came back into the frame
    again = frame.request("GET", landing.url)
    assert again.status_code == 200 and '<html lang="fr"' in again.text


def test_over_https_everyone_else_keeps_the_sites_lax_cookies(registered, live_server, behind_https):
    visitor = requests.get(
        f"{live_server.url}/accounts/login/", headers={"X-Forwarded-Proto": "https"}, allow_redirects=False, timeout=30
    )
    csrf = _set_cookies(visitor)[django_settings.CSRF_COOKIE_NAME]
    assert csrf.get("samesite") == "Lax" and "secure" in csrf


def test_over_plain_http_a_launched_session_keeps_lax_cookies(registered, lti_platform):
    """Browsers refuse `SameSite=None` without Secure: such a cookie would be lost even outside the frame."""
    action, fields = platform_launch_form(requests.Session(), lti_platform, "alice")
    launched = requests.post(action, data=fields, allow_redirects=False, timeout=30)
    assert launched.status_code == 302
    cookies = _set_cookies(launched)
    for name in (django_settings.SESSION_COOKIE_NAME, django_settings.CSRF_COOKIE_NAME):
        assert cookies[name].get("samesite") == "Lax" and "secure" not in cookies[name], (name, cookies[name])
