"""Refuse addresses no page can have, before any view or middleware hands their text to the database.

PostgreSQL rejects a NUL character in any text it is given (psycopg raises ValueError: a 500), and every
`<str:…>` route, Wagtail's page tree walk, its redirect lookup and search take text straight from the address.
So a path holding a C0 control character or DEL (never part of a real address) is a 404, and a query string
holding NUL is a 400, for every URL at once. A cookie value holding NUL (Django decodes the quoted "\\000"
escape) is dropped, so the session lookup never sends it to the database either.

It reads the path, the query string and the cookies only: never the body, which an upload view may still need
to cap while it streams (certificates/uploads.py).
"""

import re

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

_PATH_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f]")


def _query_has_nul(request: HttpRequest) -> bool:
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists())


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        for name in [name for name, value in request.COOKIES.items() if "\x00" in name or "\x00" in value]:
            del request.COOKIES[name]
        if _PATH_FORBIDDEN.search(request.path_info):
            return _refusal(request, "404.html", {}, status=404)
        if _query_has_nul(request):
            reason = _("The address contains a NUL character, which no page of this site accepts.")
            return _refusal(request, "bad_request.html", {"reason": reason}, status=400)
        return self.get_response(request)


def _refusal(request: HttpRequest, template: str, context: dict, *, status: int) -> HttpResponse:
    # Placed before the session and locale middleware (a bad cookie must be gone before the session reads it),
    # so the visitor's language is looked up here; the page is the site's own, shown as to a visitor signed out.
    with translation.override(translation.get_language_from_request(request)):
        if "reason" in context:
            context["reason"] = str(context["reason"])
        return render(request, template, context, status=status)
