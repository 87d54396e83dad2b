"""Launches from a real LTI platform sign the person in, linked by issuer and subject, in the platform's language;
forged, expired, replayed (the same post, or a nonce already used), wrongly addressed launches and unknown
deployments are refused with a 4xx and a reason."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import jwt
import pytest
import requests
from django.core.cache import cache
from django.urls import reverse

from accounts.models import User
from lti.models import AccountLink

from .conftest import form_of, platform_launch, platform_launch_form, tool_follow

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_learners_first_launch_creates_a_linked_teacher_account_in_her_language(registered, lti_platform):
    browser = requests.Session()
    response = platform_launch(browser, lti_platform, "alice")
    assert response.status_code == 302, response.text[:2000]
    link = AccountLink.objects.select_related("user").get(issuer=lti_platform.issuer, subject="plat-user-alice")
    user = link.user
    assert (user.email, user.first_name, user.last_name) == ("alice@school.example", "Alice", "Martin")
    assert user.preferred_language == "fr"
    assert list(user.groups.values_list("name", flat=True)) == ["Teacher"]
    assert not user.has_usable_password()
    landing = tool_follow(browser, response)
    assert landing.status_code == 200
    assert '<html lang="fr"' in landing.text  # signed in, in French


def test_a_second_launch_opens_the_same_account(registered, lti_platform):
    platform_launch(requests.Session(), lti_platform, "bruno")
    platform_launch(requests.Session(), lti_platform, "bruno")
    assert AccountLink.objects.filter(subject="plat-user-bruno").count() == 1
    assert User.objects.filter(email="bruno@school.example").count() == 1
    assert User.objects.get(email="bruno@school.example").preferred_language == "es"


def test_an_instructor_becomes_a_trainer_only_where_the_registration_allows_it(registered, lti_platform):
    registered.instructors_are_trainers = False
    registered.save()
    platform_launch(requests.Session(), lti_platform, "ines")
    ines = User.objects.get(email="ines@school.example")
    assert list(ines.groups.values_list("name", flat=True)) == ["Teacher"]
    registered.instructors_are_trainers = True
    registered.save()
    platform_launch(requests.Session(), lti_platform, "ines")
    assert sorted(ines.groups.values_list("name", flat=True)) == ["Teacher", "Trainer"]


@pytest.mark.parametrize(
    ("tamper", "status", "reason"),
    [
        ("forged", 403, "signature is not its learning platform"),
        ("expired", 403, "This launch has expired"),
        ("audience", 403, "not addressed to this tool"),
        ("deployment", 403, "deployment of the tool is not registered"),
    ],
)
def test_a_tampered_launch_is_refused_with_its_reason(registered, lti_platform, tamper, status, reason):
    response = platform_launch(requests.Session(), lti_platform, "alice", tamper=tamper)
    assert response.status_code == status, response.text[:2000]
    assert reason in response.text.replace("&#x27;", "'")
    assert not AccountLink.objects.exists()
    assert "sessionid" not in response.cookies


def test_a_replayed_launch_is_refused(registered, lti_platform):
    browser = requests.Session()
    action, fields = platform_launch_form(browser, lti_platform, "alice")
    first = browser.post(action, data=fields, allow_redirects=False, timeout=30)
    assert first.status_code == 302
    replay = requests.post(action, data=fields, allow_redirects=False, timeout=30)  # an eavesdropper's copy
    assert replay.status_code == 400
    assert "already used" in replay.text
    assert "sessionid" not in replay.cookies


def test_a_reused_nonce_is_refused_even_with_a_fresh_state(registered, lti_platform, live_server):
    """The platform signs whatever nonce the authentication request carries, and that request passes through the
    browser: someone who changes it can have the real platform sign a token with a nonce already used, to go with a
    state we have just issued. Both tokens here are minted by the platform."""
    browser = requests.Session()
    action, first = platform_launch_form(browser, lti_platform, "alice")
    used_nonce = jwt.decode(first["id_token"], options={"verify_signature": False})["nonce"]
    assert browser.post(action, data=first, allow_redirects=False, timeout=30).status_code == 302
    link = AccountLink.objects.get(subject="plat-user-alice")

    attacker = requests.Session()
    to_tool = attacker.get(f"{lti_platform.url}/launch", params={"user": "alice"}, allow_redirects=False, timeout=30)
    to_platform = attacker.get(to_tool.headers["Location"], allow_redirects=False, timeout=30)  # our fresh state
    url = urlsplit(to_platform.headers["Location"])
    query = dict(parse_qsl(url.query))
    assert query["nonce"] != used_nonce
    authorize = urlunsplit(url._replace(query=urlencode({**query, "nonce": used_nonce})))
    replay_action, second, _ = form_of(attacker.get(authorize, timeout=30))
    assert replay_action == action
    claims = jwt.decode(second["id_token"], options={"verify_signature": False})
    assert claims["nonce"] == used_nonce and second["state"] == query["state"] != first["state"]
    assert cache.get(f"lti:state:{second['state']}") is not None  # a state we issued, not yet used

    replay = attacker.post(action, data=second, allow_redirects=False, timeout=30)
    assert replay.status_code == 400, replay.text[:2000]
    assert "already used" in replay.text
    assert cache.get(f"lti:state:{second['state']}") is None  # the state check passed (and spent it): the nonce failed
    assert "sessionid" not in replay.cookies
    profile = attacker.get(f"{live_server.url}{reverse('accounts:profile')}", allow_redirects=False, timeout=30)
    assert profile.status_code == 302  # nobody is signed in
    assert AccountLink.objects.get(pk=link.pk).last_launch_at == link.last_launch_at  # the launch went no further


def test_a_login_from_an_unregistered_platform_is_refused(registered, live_server):
    response = requests.get(
        f"{live_server.url}/lti/login/",
        params={"iss": "https://lms.attacker.example", "login_hint": "x", "target_link_uri": live_server.url},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 403
    assert "not registered with us" in response.text


def test_a_launch_without_state_is_refused_not_crashed(registered, live_server):
    response = requests.post(f"{live_server.url}/lti/launch/", data={"id_token": "a.b.c"}, timeout=30)
    assert response.status_code == 400
    assert "incomplete" in response.text


def test_our_jwks_publishes_the_key_the_platform_checks(registered, live_server):
    keys = requests.get(f"{live_server.url}/lti/jwks.json", timeout=30).json()["keys"]
    assert len(keys) == 1 and keys[0]["kty"] == "RSA" and keys[0]["alg"] == "RS256" and "d" not in keys[0]
