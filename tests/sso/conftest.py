"""Single sign-on against a real OpenID provider (tests/support/oidc_provider), driven like a teacher's browser.

Our site runs in the Django test client; the provider runs as its own gunicorn process. allauth's server-to-server
calls (discovery, token, userinfo, keys) go over HTTP to that process, and a requests session plays the teacher's
browser on the provider's pages: its login form, then its consent form.
"""

import json
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
import requests
from django.core.cache import cache

from sso.provider_settings import socialaccount_providers
from tests.support.oidc_provider.server import OpenIDProvider

PROVIDER_ID = "ministry"
CALLBACK = f"http://testserver/accounts/oidc/{PROVIDER_ID}/login/callback/"
ROLES_MAP = {"enseignant": "Teacher", "formateur": "Trainer", "relecteur": "Reviewer"}


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory):
    provider = OpenIDProvider(
        tmp_path_factory.mktemp("oidc-provider"),
        client_id="ictcft-platform",
        client_secret="a-client-secret-for-tests-only",
        redirect_uris=[CALLBACK],
    )
    provider.start()
    yield provider
    provider.stop()


def provider_entry(provider: OpenIDProvider, **overrides) -> dict:
    """One entry of OIDC_PROVIDERS, as an operator would write it."""
    return {
        "id": PROVIDER_ID,
        "name": "Ministry of Education",
        "server_url": provider.issuer,
        "client_id": provider.client_id,
        "secret": provider.client_secret,
        "scope": ["openid", "profile", "email", "ministry"],
        "national_id_claim": "teacher_id",
        "roles_claim": "roles",
        "roles_map": ROLES_MAP,
        **overrides,
    }


@pytest.fixture
def sso(settings, oidc_provider, db):
    """Our site configured with the provider through OIDC_PROVIDERS (the environment variable's parser)."""
    cache.clear()
    original = oidc_provider.users()
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers(
        oidc=json.dumps([provider_entry(oidc_provider)]), saml=""
    )
    yield oidc_provider
    for username, entry in original.items():  # claims a test changed
        oidc_provider.claims_set(username, **entry["claims"])
    cache.clear()


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action") or "", "fields": {}, "submits": {}})
        elif tag == "input" and self.forms and attrs.get("name"):
            kind = attrs.get("type", "text")
            target = self.forms[-1]["submits" if kind == "submit" else "fields"]
            target[attrs["name"]] = attrs.get("value") or ""


def _form(html: str) -> dict:
    parser = _Forms()
    parser.feed(html)
    assert parser.forms, html[:2000]
    return parser.forms[-1]


def ministry_sign_in(
    client, provider: OpenIDProvider, username: str, *, next_url: str = "", consent: bool = True, tamper=None
):
    """The teacher presses "Sign in with Ministry of Education" on our log-in page, signs in at the provider and
    allows the consent; returns our site's response to the provider's redirect back (the callback). `tamper`
    changes the query string of that redirect before our site sees it (an attacker's forged callback)."""
    login_url = f"/accounts/oidc/{PROVIDER_ID}/login/" + (f"?next={next_url}" if next_url else "")
    start = client.post(login_url)
    assert start.status_code == 302, start.content[:500]
    browser = requests.Session()
    page = browser.get(start["Location"], timeout=30)  # authorize → the provider's login page
    assert page.status_code == 200 and "Ministry of Education: sign in" in page.text, page.text[:500]
    form = _form(page.text)
    password = provider.users()[username]["password"]
    response = browser.post(
        urljoin(page.url, form["action"]),
        data={**form["fields"], "username": username, "password": password},
        allow_redirects=False,
        timeout=30,
    )
    for _ in range(10):
        if response.status_code in (301, 302, 303):
            location = urljoin(response.url, response.headers["Location"])
            if location.startswith("http://testserver/"):
                back = urlsplit(location)
                query = tamper(back.query) if tamper else back.query
                return client.get(f"{back.path}?{query}")
            response = browser.get(location, allow_redirects=False, timeout=30)
        elif response.status_code == 200 and 'name="allow"' in response.text:
            consent_form = _form(response.text)
            data = dict(consent_form["fields"])
            if consent:
                data["allow"] = "Authorize"
            response = browser.post(
                urljoin(response.url, consent_form["action"]), data=data, allow_redirects=False, timeout=30
            )
        else:
            raise AssertionError(f"unexpected page at the provider: {response.status_code} {response.text[:1000]}")
    raise AssertionError("too many redirects at the provider")
