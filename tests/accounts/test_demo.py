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


@pytest.mark.parametrize("acc", DEMO_ACCOUNTS, ids=lambda a: a.username)
def test_demo_logins_work(client, demo, acc):
    response = client.post("/accounts/login/", {"login": acc.username, "password": acc.password})
    assert response.status_code == 302
    assert response["Location"] == "/me/profile/"
