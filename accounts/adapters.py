from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal.httpkit import is_headless_request
from django import forms
from django.contrib.auth.models import Group

from . import login_throttle
from .landing import landing_url
from .roles import Role


def _login_of(credentials: dict) -> str:
    return credentials.get("email") or credentials.get("username") or ""


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            # Everyone who signs up is a teacher; other roles are granted by an administrator.
            group, _ = Group.objects.get_or_create(name=Role.TEACHER.value)
            user.groups.add(group)
        return user

    # Sign-in throttling per account and address instead of allauth's `login_failed` (ADR 0146).
    def pre_authenticate(self, request, **credentials) -> None:
        attempt = login_throttle.login_attempt_consume(request, login=_login_of(credentials))
        self._login_attempt = attempt
        if attempt.refused:
            raise forms.ValidationError(login_throttle.MESSAGES[attempt.refused], code="too_many_login_attempts")

    def _rollback_login_failed_rl_usage(self) -> None:
        attempt = getattr(self, "_login_attempt", None)
        if attempt is not None:
            attempt.succeeded()

    def _delete_login_attempts_cached_email(self, request, **credentials) -> None:
        super()._delete_login_attempts_cached_email(request, **credentials)
        login_throttle.login_failures_clear(request, login=_login_of(credentials))

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        if not is_headless_request(request):
            login_throttle.known_account_remember(request, response, user=user)
        return response

    def get_login_redirect_url(self, request) -> str:
        # allauth follows a safe `next` first and asks this only without one.
        return landing_url(user=request.user)
