"""Inside the LMS's iframe: only a session begun by a launch from a registered platform may be framed, and only by
that platform; a browser that blocks third-party cookies is offered a new window that signs in once."""

from urllib.parse import urljoin

import pytest
import requests

from .conftest import platform_launch_form, tool_follow

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
