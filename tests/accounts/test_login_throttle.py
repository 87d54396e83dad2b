"""Password guessing is slowed per account and address: nobody can lock a whole school, or an account's owner, out
(ADR 0146). Counters live in the cache (Redis on CI's PostgreSQL leg)."""

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.test import Client

PASSWORD = "pw-for-tests-1"
PAIR = "Too many failed sign-ins for this account from your network"
ADDRESS = "Too many failed sign-ins from your network"
ACCOUNT = "This account is protected after many failed sign-ins"
ANY_LIMIT = ("Too many failed", ACCOUNT)


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


def _verified(user):
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def admin_user(make_user):
    return _verified(make_user("admin", roles=("Administrator",)))


def _login(login: str, password: str, ip: str, client: Client | None = None):
    client = client or Client()
    response = client.post("/accounts/login/", {"login": login, "password": password}, REMOTE_ADDR=ip)
    return response, client


def _limited(response) -> bool:
    page = response.content.decode()
    return any(text in page for text in ANY_LIMIT)


def test_thirty_wrong_passwords_from_one_address_do_not_stop_the_owner_at_another(admin_user):
    for n in range(30):
        _login("admin", f"wrong-{n}", "203.0.113.7")
    response, client = _login("admin", PASSWORD, "198.51.100.20")
    assert response.status_code == 302, "the real admin signs in from another address"
    assert "_auth_user_id" in client.session


def test_a_guesser_at_one_account_from_one_address_is_slowed_with_a_clear_message(admin_user):
    for n in range(5):
        response, _ = _login("admin", f"wrong-{n}", "203.0.113.7")
        assert not _limited(response), n
    response, client = _login("admin", PASSWORD, "203.0.113.7")
    assert PAIR in response.content.decode(), "even the right password waits: the guesser cannot tell it was right"
    assert "wait a few minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_many_teachers_mistyping_behind_one_address_do_not_lock_out_another(make_user):
    teachers = [_verified(make_user(f"t{n}")) for n in range(30)]
    school = "192.0.2.10"
    for teacher in teachers:
        for n in range(3):  # each mistypes three times: 90 failures from the school's address
            response, _ = _login(teacher.username, f"wrong-{n}", school)
            assert not _limited(response), teacher.username
    colleague = _verified(make_user("colleague"))
    response, client = _login(colleague.username, PASSWORD, school)
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_an_address_failing_for_very_many_accounts_is_stopped(settings, make_user):
    settings.LOGIN_THROTTLE_RATES = {**settings.LOGIN_THROTTLE_RATES, "address": "10/15m/ip"}
    for n in range(10):
        _login(f"nobody{n}", "wrong", "203.0.113.9")
    response, _ = _login("someone-else", "wrong", "203.0.113.9")
    assert ADDRESS in response.content.decode()
    owner = _verified(make_user("owner"))
    assert _login(owner.username, PASSWORD, "198.51.100.9")[0].status_code == 302, "other addresses are not affected"


def test_a_guesser_spread_over_many_addresses_cannot_lock_the_owner_out(admin_user):
    # The owner signed in on this browser last week: it carries the signed "known sign-in" cookie.
    response, owners_browser = _login("admin", PASSWORD, "198.51.100.20")
    assert response.status_code == 302
    owners_browser.post("/accounts/logout/")
    for n in range(25):  # one failure from each of 25 addresses: the account's own limit (20) is passed
        _login("admin", f"wrong-{n}", f"203.0.113.{n + 1}")
    response, _ = _login("admin", PASSWORD, "203.0.113.200")
    assert ACCOUNT in response.content.decode(), "an unknown browser is asked to reset the password"
    response, _ = _login("admin", PASSWORD, "198.51.100.20", client=owners_browser)
    assert response.status_code == 302, "the owner's own browser still signs in"
    assert "_auth_user_id" in owners_browser.session


def test_signing_in_by_email_address_counts_for_the_same_account(admin_user):
    for n in range(3):
        _login("admin", f"wrong-{n}", "203.0.113.7")
    for n in range(2):
        _login(admin_user.email.upper(), f"wrong-{n}", "203.0.113.7")
    response, _ = _login("admin", PASSWORD, "203.0.113.7")
    assert PAIR in response.content.decode()


def test_a_few_mistakes_do_not_lock_anyone_out(admin_user):
    for n in range(3):
        _login("admin", f"wrong-{n}", "203.0.113.7")
    assert _login("admin", PASSWORD, "203.0.113.7")[0].status_code == 302


def test_signups_from_one_address_are_throttled_with_a_clear_page(db, mailoutbox):
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
