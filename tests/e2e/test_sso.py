"""A teacher signs in with their ministry account in a real browser (ADR 0154).

Chromium presses the button on our log-in page, signs in and consents at a real OpenID provider (django-oidc-provider
under gunicorn, tests/support/oidc_provider) and comes back signed in. The browser also enforces our
Content-Security-Policy: the button's redirect to the provider must be allowed by form-action.
"""

import copy
import json

import pytest

from accounts.models import User
from sso.provider_settings import socialaccount_providers
from tests.support.oidc_provider.server import OpenIDProvider


@pytest.fixture(scope="module")
def provider(live_server, tmp_path_factory):
    oidc = OpenIDProvider(
        tmp_path_factory.mktemp("oidc-e2e"),
        client_id="ictcft-e2e",
        client_secret="an-e2e-client-secret",
        redirect_uris=[f"{live_server.url}/accounts/oidc/ministry/login/callback/"],
    )
    oidc.start()
    yield oidc
    oidc.stop()


@pytest.fixture
def ministry(settings, provider):
    entry = {
        "id": "ministry",
        "name": "Ministry of Education",
        "server_url": provider.issuer,
        "client_id": provider.client_id,
        "secret": provider.client_secret,
        "scope": ["openid", "profile", "email", "ministry"],
        "national_id_claim": "teacher_id",
        "roles_map": {"enseignant": "Teacher", "formateur": "Trainer"},
    }
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers(oidc=json.dumps([entry]), saml="")
    # What settings/base.py derives from OIDC_PROVIDERS at start-up.
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["form-action"] = [*policy["DIRECTIVES"]["form-action"], provider.url]
    settings.CONTENT_SECURITY_POLICY = policy
    return provider


def test_a_teacher_signs_in_with_the_ministry_account(phone, ministry):
    phone.goto("/accounts/login/?next=/me/profile/")
    phone.get_by_role("button", name="Sign in with Ministry of Education").click()

    phone.wait_for_url(f"{ministry.url}/accounts/login/**")
    phone.locator("input[name=username]").fill("amina")
    phone.locator("input[name=password]").fill(ministry.users()["amina"]["password"])
    phone.get_by_role("button", name="Sign in").click()
    phone.get_by_role("button", name="Authorize").click()

    phone.wait_for_url("**/me/profile/")
    assert phone.locator("html").get_attribute("lang") == "fr"
    user = User.objects.get(national_teacher_id="MA-T-1001")
    assert user.legal_name == "Amina Benali Haddad"
    assert set(user.groups.values_list("name", flat=True)) == {"Teacher", "Trainer"}
