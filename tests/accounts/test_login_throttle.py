"""Password guessing is slowed down: 10 failures for one account or from one address within 15 minutes."""

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache

LIMITED = "Too many failed login attempts. Try again later."


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def verified(teacher):
    EmailAddress.objects.create(user=teacher, email=teacher.email, verified=True, primary=True)
    return teacher


def _login(client, login: str, password: str, ip: str = "203.0.113.7"):
    return client.post("/accounts/login/", {"login": login, "password": password}, REMOTE_ADDR=ip)


def test_ten_wrong_passwords_for_one_account_lock_it_with_a_clear_message(client, verified):
    for n in range(10):
        response = _login(client, verified.username, f"wrong-{n}", ip=f"198.51.100.{n + 1}")
        assert LIMITED not in response.content.decode()
    response = _login(client, verified.username, "pw-for-tests-1", ip="198.51.100.99")
    assert LIMITED in response.content.decode(), "even the right password waits once the account is locked"
    assert "_auth_user_id" not in client.session


def test_ten_failures_from_one_address_block_that_address_not_others(client, verified, make_user):
    for n in range(10):
        _login(client, f"nobody{n}", "wrong")
    assert LIMITED in _login(client, "someone-else", "wrong").content.decode()
    response = _login(client, verified.username, "pw-for-tests-1", ip="192.0.2.44")
    assert response.status_code == 302, "another address still logs in"


def test_a_few_mistakes_do_not_lock_anyone_out(client, verified):
    for n in range(3):
        _login(client, verified.username, f"wrong-{n}")
    response = _login(client, verified.username, "pw-for-tests-1")
    assert response.status_code == 302


def test_signups_from_one_address_are_throttled_with_a_clear_page(db, mailoutbox):
    from django.test import Client

    from accounts.models import User

    def sign_up(n: int, ip: str):
        data = {
            "email": f"staff{n}@example.org",
            "username": f"staff{n}",
            "legal_name": f"Staff Member {n}",
            "password1": "blue-river-lantern-42",
            "password2": "blue-river-lantern-42",
        }
        return Client(REMOTE_ADDR=ip).post("/accounts/signup/", data)

    for n in range(30):  # a school's staff room signing up from one address
        assert sign_up(n, "203.0.113.50").status_code == 302, n
    refused = sign_up(30, "203.0.113.50")
    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode()
    assert "wait a few minutes" in refused.content.decode(), "the limit lasts up to 15 minutes, not one"
    assert not User.objects.filter(username="staff30").exists()
    assert sign_up(31, "198.51.100.60").status_code == 302, "another address still signs up"
