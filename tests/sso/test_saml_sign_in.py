"""Single sign-on through a real SAML identity provider (pysaml2, tests/support/saml_idp), driven like a browser.

Our site runs in the Django test client; the IdP runs as its own gunicorn process and is given our metadata as the
site serves it, as a ministry registers it. A teacher presses the SAML button, signs in at the IdP, and the IdP's
signed response is posted back to our assertion consumer (python3-saml through django-allauth, ADR 0154).
"""

import json
import re
from html import unescape

import pytest
import requests
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model

from sso.provider_settings import socialaccount_providers
from tests.support.saml_idp.server import SamlIdentityProvider, free_port

User = get_user_model()
HOST = "platform.example.org"  # python3-saml refuses a host without a domain ("testserver")
PROVIDER = "ministry-saml"
MACE = "urn:mace:dir:attribute-def:"
USERS = {
    "fatima": {
        "password": "directory-pass-1",
        "subject": "moe-7f3a91",
        "attributes": {
            "uid": "fatima.zahra",
            "mail": "fatima.zahra@moe.example",
            "mailVerified": "true",
            "displayName": "Fatima Zahra El Idrissi",
            "preferredLanguage": "fr-MA",
            "teacherId": "MA-T-2002",
            "eduPersonAffiliation": ["faculty", "staff"],
        },
    }
}


@pytest.fixture
def saml_idp(settings, db, client, tmp_path):
    """The IdP on a port chosen first (our settings name its address), started with our metadata."""
    port = free_port()
    idp = SamlIdentityProvider(tmp_path, port=port, users=USERS)
    entry = {
        "id": PROVIDER,
        "name": "Ministry (SAML)",
        "idp": {"entity_id": idp.entity_id, "sso_url": idp.sso_url, "x509cert": idp.certificate},
        # pysaml2 sends well-known attributes under their MACE names, as directory-backed IdPs do; the ministry's own
        # (teacherId, mailVerified) as they are. The mapping names what the IdP sends.
        "attribute_mapping": {"uid": f"{MACE}uid", "email": f"{MACE}mail", "email_verified": "mailVerified"},
        "national_id_claim": "teacherId",
        "locale_claim": f"{MACE}preferredLanguage",
        "roles_claim": f"{MACE}eduPersonAffiliation",
        "roles_map": {"faculty": "Teacher", "staff": "Trainer"},
    }
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers(oidc="", saml=json.dumps([entry]))
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, HOST]
    metadata = client.get(f"/accounts/saml/{PROVIDER}/metadata/", HTTP_HOST=HOST)
    assert metadata.status_code == 200
    idp.start(sp_metadata=metadata.content)
    yield idp
    idp.stop()


def _form_fields(page: str) -> dict:
    return {name: unescape(value) for name, value in re.findall(r'name="([^"]+)" value="([^"]*)"', page)}


def _sign_in(client, idp: SamlIdentityProvider, username: str, *, tamper=None):
    """Our log-in button, the IdP's form, and the response posted back to our assertion consumer (as the browser's
    auto-submitting form would); returns our site's answer at the end of the redirects."""
    start = client.post(f"/accounts/saml/{PROVIDER}/login/", HTTP_HOST=HOST)
    assert start.status_code == 302 and start["Location"].startswith(idp.sso_url), start
    browser = requests.Session()
    login_page = browser.get(start["Location"], timeout=30)
    assert login_page.status_code == 200 and "Ministry sign-in" in login_page.text
    fields = _form_fields(login_page.text)
    fields.update(username=username, password=idp.users()[username]["password"])
    posted = browser.post(f"{idp.url}/idp/sso/login", data=fields, timeout=30)
    assert posted.status_code == 200 and "SAMLResponse" in posted.text, posted.text[:500]
    action = unescape(re.search(r'action="([^"]+)"', posted.text)[1])
    assert action == f"http://{HOST}/accounts/saml/{PROVIDER}/acs/"
    answer = _form_fields(posted.text)
    if tamper is not None:
        answer["SAMLResponse"] = tamper(answer["SAMLResponse"])
    return client.post(action, answer, HTTP_HOST=HOST, follow=True)


def _roles(user) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


def test_first_saml_sign_in_creates_the_account_from_the_ministrys_attributes(client, saml_idp):
    response = _sign_in(client, saml_idp, "fatima")

    assert response.status_code == 200, response.content[:800]
    user = User.objects.get(email="fatima.zahra@moe.example")
    assert user.national_teacher_id == "MA-T-2002" and user.preferred_language == "fr"
    assert _roles(user) == {"Teacher", "Trainer"} and not user.has_usable_password()
    assert SocialAccount.objects.get(user=user).uid == "fatima.zahra"  # keyed by the mapped uid
    assert int(client.session["_auth_user_id"]) == user.pk

    # A second sign-in, in a new session, finds the same account.
    client.logout()
    _sign_in(client, saml_idp, "fatima")
    assert User.objects.filter(email="fatima.zahra@moe.example").count() == 1
    assert int(client.session["_auth_user_id"]) == user.pk


def test_a_response_changed_on_the_way_is_refused(client, saml_idp):
    import base64

    def forge(encoded: str) -> str:
        xml = base64.b64decode(encoded).decode()
        assert "MA-T-2002" in xml
        return base64.b64encode(xml.replace("MA-T-2002", "MA-T-9999").encode()).decode()

    response = _sign_in(client, saml_idp, "fatima", tamper=forge)

    assert "_auth_user_id" not in client.session
    assert not User.objects.filter(national_teacher_id__in=["MA-T-2002", "MA-T-9999"]).exists()
    assert response.status_code == 401  # allauth's authentication error page
