"""`load_demo` can be run again and again: same accounts, and the logins are printed each time."""

import io

import pytest
from django.core.management import call_command

from accounts.demo import DEMO_ACCOUNTS
from accounts.models import User
from accounts.roles import Role

pytestmark = pytest.mark.django_db


def _run() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_twice_creates_the_accounts_once_and_prints_logins(client, demo):
    first = _run()
    count = User.objects.count()
    second = _run()
    assert User.objects.count() == count
    for output in (first, second):
        for acc in DEMO_ACCOUNTS:
            assert f"{acc.username} / {acc.password}" in output

    for acc in DEMO_ACCOUNTS:
        user = User.objects.get(username=acc.username)
        assert user.has_role(acc.role)
        assert user.legal_name == acc.legal_name
        assert user.groups.filter(name=Role.TEACHER.value).exists()


# Each role lands on the page it works from: teachers on My learning, trainers on cohorts, the others in the admin.
LANDING = {
    "teacher": "/learn/my/",
    "trainer": "/cohorts/",
    "reviewer": "/admin/",
    "admin": "/admin/",
    "officer": "/admin/",
}


@pytest.mark.parametrize("acc", DEMO_ACCOUNTS, ids=lambda a: a.username)
def test_demo_logins_work_and_land_on_the_page_of_their_role(client, demo, acc):
    response = client.post("/accounts/login/", {"login": acc.username, "password": acc.password})
    assert response.status_code == 302
    assert response["Location"] == LANDING[acc.username]
    assert client.get(response["Location"]).status_code == 200
