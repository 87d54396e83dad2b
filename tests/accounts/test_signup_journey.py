"""A teacher signs up, verifies their email, logs in either way, and can reset a forgotten password."""

import re

import pytest
from django.contrib.auth import get_user_model

from accounts.roles import Role

from .conftest import PASSWORD, link_in

pytestmark = pytest.mark.django_db

User = get_user_model()


def _logged_in_as(client, username: str) -> bool:
    response = client.get("/me/profile/")
    return response.status_code == 200 and response.context["user"].username == username


def test_full_journey_signup_verify_login_both_ways_and_profile(client, signup, mailoutbox):
    response = signup()
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert not _logged_in_as(client, "minhkhai"), "mandatory verification: no access before the email link"

    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == ["minhkhai@example.org"]
    confirm_path = link_in(email)

    page = client.get(confirm_path)
    assert page.status_code == 200
    assert b"minhkhai@example.org" in page.content
    assert b"<h1>" in page.content and b'class="site-header"' in page.content, "inside our layout"

    response = client.post(confirm_path)
    assert response.status_code == 302
    assert response["Location"] == "/learn/my/", "a new teacher lands on My learning"
    assert _logged_in_as(client, "minhkhai")

    client.post("/accounts/logout/")
    assert not _logged_in_as(client, "minhkhai")

    for login in ("minhkhai@example.org", "minhkhai"):
        response = client.post("/accounts/login/", {"login": login, "password": PASSWORD})
        assert response.status_code == 302, response.content.decode()[:500]
        assert response["Location"] == "/learn/my/"
        assert _logged_in_as(client, "minhkhai")
        client.post("/accounts/logout/")

    client.post("/accounts/login/", {"login": "minhkhai", "password": PASSWORD})
    response = client.post(
        "/me/profile/",
        {"legal_name": "Σωκράτης Παπαδόπουλος", "preferred_language": "en", "country": "Ελλάδα"},
        follow=True,
    )
    assert response.status_code == 200
    assert "Σωκράτης Παπαδόπουλος" in response.content.decode()
    user = User.objects.get(username="minhkhai")
    assert user.legal_name == "Σωκράτης Παπαδόπουλος"
    assert user.country == "Ελλάδα"


def test_signup_stores_the_legal_name_and_makes_a_teacher(signup):
    signup(legal_name="  محمد   عبد الله ")
    user = User.objects.get(username="minhkhai")
    assert user.legal_name == "محمد عبد الله"
    assert user.has_role(Role.TEACHER)
    assert list(user.groups.values_list("name", flat=True)) == ["Teacher"]
    assert not user.is_staff


def test_signup_without_legal_name_is_refused_and_keeps_the_other_answers(signup):
    response = signup(legal_name="   ")
    assert response.status_code == 200
    assert not User.objects.filter(username="minhkhai").exists()
    page = response.content.decode()
    assert "errorlist" in page
    assert 'value="minhkhai@example.org"' in page


def test_unverified_account_cannot_log_in(client, signup):
    signup()
    client.logout()
    response = client.post("/accounts/login/", {"login": "minhkhai", "password": PASSWORD})
    assert response["Location"] == "/accounts/confirm-email/"
    assert not _logged_in_as(client, "minhkhai")


def test_wrong_password_gets_a_clear_error(client, signup):
    signup()
    client.logout()
    response = client.post("/accounts/login/", {"login": "minhkhai", "password": "not-the-password"})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


def test_password_reset_by_email(client, signup, mailoutbox):
    signup()
    client.post(link_in(mailoutbox[0]))
    client.post("/accounts/logout/")
    mailoutbox.clear()

    response = client.post("/accounts/password/reset/", {"email": "minhkhai@example.org"})
    assert response["Location"] == "/accounts/password/reset/done/"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["minhkhai@example.org"]

    # The key in the link is swapped for a session token, then the new password is posted there.
    response = client.get(link_in(mailoutbox[0]))
    assert response.status_code == 302
    form_path = response["Location"]
    assert client.get(form_path).status_code == 200
    new_password = "green-hill-teapot-77"
    response = client.post(form_path, {"password1": new_password, "password2": new_password})
    assert response["Location"] == "/accounts/password/reset/key/done/"

    assert client.post("/accounts/login/", {"login": "minhkhai", "password": PASSWORD}).status_code == 200
    response = client.post("/accounts/login/", {"login": "minhkhai@example.org", "password": new_password})
    assert response["Location"] == "/learn/my/"


@pytest.mark.parametrize(
    "path",
    ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/accounts/confirm-email/"],
)
def test_account_pages_use_the_site_layout_and_label_every_control(client, path):
    page = client.get(path).content.decode()
    assert 'class="site-header"' in page and 'href="/static/css/site.css"' in page

    for control_id in re.findall(r'<(?:input|select|textarea)[^>]*\bid="([^"]+)"', page):
        if control_id.startswith("id_"):
            assert f'for="{control_id}"' in page, f"{control_id} has no label on {path}"


@pytest.mark.parametrize("path", ["/accounts/email/", "/accounts/password/change/", "/accounts/logout/"])
def test_signed_in_account_pages_use_the_site_layout(client, teacher, path):
    client.force_login(teacher)
    response = client.get(path)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="site-header"' in page and "<h1>" in page


def test_verification_email_names_the_platform(signup, mailoutbox):
    signup()
    assert "ICT-CFT Teacher Training" in mailoutbox[0].body
