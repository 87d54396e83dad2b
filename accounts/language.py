"""A signed-in teacher's preferred language becomes the site language.

Django's LocaleMiddleware already honours the language cookie, so on log-in and on a profile change we
activate the preference for the current response and store it in that cookie. Nothing runs per request,
so pages that never touch request.user pay no extra query.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation

_PENDING = "_accounts_preferred_language"


def language_remember(*, request: HttpRequest, language: str) -> None:
    """Switch this request to `language` and have the response store it in the language cookie."""
    if language not in dict(settings.LANGUAGES):
        return
    translation.activate(language)
    request.LANGUAGE_CODE = language
    setattr(request, _PENDING, language)


def on_user_logged_in(sender, request, user, **kwargs) -> None:
    if request is not None:
        language_remember(request=request, language=user.preferred_language)


class PreferredLanguageCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        language = getattr(request, _PENDING, None)
        if language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response
