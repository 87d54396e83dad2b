"""Password guessing is slowed per account *and* address, so that nobody can lock others out (ADR 0146).

Three counters of failed sign-ins, kept by allauth's own rate limiter (in the cache; a success takes its try back):

- per account and address (`pair`): a few failures, then waits that grow (the rates stack: 5 in 5 minutes, 10 in an
  hour, 20 in a day). Someone guessing from one address is slowed on that account only;
- per address (`address`): a ceiling high enough for a school behind one address, where many teachers mistype;
- per account from every address (`account`): past it, only a browser that signed in to this account before (a
  signed cookie) may try a password; anyone else is asked to reset the password by e-mail, which clears the count.
  A guesser spread over many addresses cannot lock the account for its owner, and cannot keep guessing either.

Checked in that order: a try refused by the pair's limit does not count against the account or the address.
"""

from dataclasses import dataclass

from allauth.core.internal import ratelimit
from django.conf import settings
from django.core import signing
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

APP = "accounts.login"
COOKIE = "known_signin"
_SALT = "accounts.login_throttle.known_signin"
_COOKIE_AGE = 180 * 24 * 3600
_COOKIE_ACCOUNTS = 5  # a shared computer in a staff room: the last few accounts signed in on it

MESSAGES = {
    "pair": _(
        "Too many failed sign-ins for this account from your network: wait a few minutes, or reset your password."
    ),
    "address": _("Too many failed sign-ins from your network: wait a few minutes before trying again."),
    "account": _(
        "This account is protected after many failed sign-ins: sign in from a device you used before, or reset your "
        "password by e-mail."
    ),
}


def _rates() -> dict[str, str]:
    return settings.LOGIN_THROTTLE_RATES


def _account_key(login: str) -> str:
    """One key per account, whether its username or its e-mail address was typed."""
    from accounts.models import User

    login = login.strip().lower()
    pk = User.objects.filter(Q(username__iexact=login) | Q(email__iexact=login)).values_list("pk", flat=True).first()
    return f"user:{pk}" if pk is not None else f"login:{login}"


@dataclass
class Attempt:
    """The counters one sign-in try consumed; `refused` names the limit that refused it, if one did."""

    account: str
    usages: list
    refused: str | None = None

    def succeeded(self) -> None:
        for usage in self.usages:
            usage.rollback()


def login_attempt_consume(request, *, login: str) -> Attempt:
    account = _account_key(login)
    ip = ratelimit.get_ip(request)
    attempt = Attempt(account=account, usages=[])
    checks = [("pair", f"{account}|{ip}"), ("address", None), ("account", account)]
    for name, key in checks:
        if name == "account" and account in known_accounts(request):
            continue
        usage = ratelimit.consume(request, app=APP, action=name, config=_rates(), key=key)
        if usage is None:
            attempt.refused = name
            return attempt
        attempt.usages.append(usage)
    return attempt


def login_failures_clear(request, *, login: str) -> None:
    """After a password reset: the account's own count starts again (per-address counts stay)."""
    ratelimit.clear(request, app=APP, action="account", config=_rates(), key=_account_key(login))


def known_accounts(request) -> set[str]:
    try:
        accounts = signing.loads(request.COOKIES.get(COOKIE, ""), salt=_SALT, max_age=_COOKIE_AGE)
    except signing.BadSignature:
        return set()
    return set(accounts) if isinstance(accounts, list) else set()


def known_account_remember(request, response, *, user) -> None:
    """Mark this browser as one `user` signed in from (a signed cookie, HttpOnly)."""
    key = f"user:{user.pk}"
    accounts = [key, *[a for a in known_accounts(request) if a != key]][:_COOKIE_ACCOUNTS]
    response.set_cookie(
        COOKIE,
        signing.dumps(accounts, salt=_SALT),
        max_age=_COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
