"""One-time sign-in codes: single use, expiring, stored as a keyed hash (ADR 0149)."""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..models import CodeChannel, SignInCode

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no O/0, I/L/1: copied from paper by hand
LENGTH = 12  # 31^12 ≈ 2^59: guessing one of even a million live codes online is out of reach


def code_days(channel: str) -> int:
    if channel == CodeChannel.SHEET:
        return getattr(settings, "ENROLMENT_SHEET_CODE_DAYS", 30)
    return getattr(settings, "ENROLMENT_EMAIL_CODE_DAYS", 14)


def code_normalise(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def code_format(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def code_digest(code: str) -> str:
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, b"sign-in-code:" + code_normalise(code).encode(), hashlib.sha256).hexdigest()


def code_new() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def code_issue(*, user, channel: str, now=None) -> str:
    """A new code for `user` on `channel`; the person's earlier unused codes of that channel stop working (a lost
    sheet is reprinted, a new e-mail replaces the last). Returns the code in clear: shown once, never stored."""
    now = now or timezone.now()
    code = code_new()
    with transaction.atomic():
        SignInCode.objects.filter(user=user, channel=channel, used_at__isnull=True).delete()
        SignInCode.objects.create(
            user=user, digest=code_digest(code), channel=channel, expires_at=now + timedelta(days=code_days(channel))
        )
    return code_format(code)


def code_redeem(*, code: str, now=None):
    """The code's user, once: the code is spent in the same UPDATE that checks it is unspent, so two requests
    racing with one code cannot both sign in. None for a wrong, spent or expired code (one answer for all three)."""
    now = now or timezone.now()
    if len(code_normalise(code)) != LENGTH:
        return None
    digest = code_digest(code)
    with transaction.atomic():
        spent = SignInCode.objects.filter(digest=digest, used_at__isnull=True, expires_at__gt=now).update(used_at=now)
        if spent != 1:
            return None
        sign_in = SignInCode.objects.select_related("user").get(digest=digest)
        user = sign_in.user
        if not user.is_active:
            return None
        if sign_in.channel == CodeChannel.EMAIL and user.email:
            _email_verified(user=user)
    return user


def _email_verified(*, user) -> None:
    """The code came to this inbox: the address is proven, so a password log-in is not sent to verify it again."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True)


def codes_void(*, user) -> int:
    """Every unused code of the person stops working (they chose a password)."""
    return SignInCode.objects.filter(user=user, used_at__isnull=True).delete()[0]
