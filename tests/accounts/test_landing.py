"""After signing in, each role lands on the page it works from, unless a safe `next` says where to go."""

import pytest
from allauth.account.models import EmailAddress

pytestmark = pytest.mark.django_db

PASSWORD = "pw-for-tests-1"

LANDINGS = [
    (("Teacher",), {}, "/learn/my/"),
    (("Teacher", "Trainer"), {}, "/cohorts/"),
    (("Administrator",), {"is_staff": True}, "/admin/"),
    (("Teacher", "Reviewer"), {}, "/admin/"),
    (("Teacher", "Certification officer"), {}, "/admin/"),
    (("Regional officer",), {"scope_country": "Kenya"}, "/cohorts/overview/"),
    # A trainer who is also an administrator works in the admin.
    (("Teacher", "Trainer", "Administrator"), {}, "/admin/"),
]


def _verified(user):
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.mark.parametrize(
    ("roles", "fields", "landing"), LANDINGS, ids=lambda v: "+".join(v) if isinstance(v, tuple) else None
)
def test_each_role_lands_on_its_page(client, make_user, roles, fields, landing):
    user = _verified(make_user("someone", roles=roles, **fields))
    response = client.post("/accounts/login/", {"login": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == landing
    assert client.get(landing).status_code == 200, "the landing page opens for that role"


def test_a_superuser_without_groups_lands_in_the_admin(client, make_user):
    user = _verified(make_user("root", roles=(), is_staff=True, is_superuser=True))
    response = client.post("/accounts/login/", {"login": user.username, "password": PASSWORD})
    assert response["Location"] == "/admin/"


@pytest.mark.parametrize("roles", [("Teacher",), ("Teacher", "Trainer"), ("Administrator",)])
def test_a_safe_next_wins_over_the_landing_page(client, make_user, roles):
    user = _verified(make_user("someone", roles=roles))
    response = client.post("/accounts/login/?next=/modules/", {"login": user.username, "password": PASSWORD})
    assert response["Location"] == "/modules/"
    response = client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": user.username, "password": PASSWORD, "next": "/me/profile/"})
    assert response["Location"] == "/me/profile/"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/path", "javascript:alert(1)"])
def test_an_unsafe_next_is_ignored(client, make_user, target):
    user = _verified(make_user("someone"))
    response = client.post(f"/accounts/login/?next={target}", {"login": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/learn/my/"
