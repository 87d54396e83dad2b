"""Refuse addresses no page can have, before any view or middleware hands their text to the database.

PostgreSQL rejects a NUL character in any text it is given (psycopg raises ValueError: a 500), and every
`<str:…>` route, Wagtail's page tree walk, its redirect lookup and search take text straight from the address.
So a path holding a C0 control character or DEL (never part of a real address) is a 404, and a query string
holding NUL is a 400, for every URL at once.
A cookie value holding NUL (Django decodes the quoted "\\000" escape) is dropped, so the session lookup never
sends it to the database either. Under /api/ each is a 422 in JSON, as django-ninja answers a parameter it
cannot accept.

It never reads a body: an upload view may still need to cap it while it streams (certificates/uploads.py), and
forms deal with NUL in their own way (Django's CharField refuses it; a reflection note drops it).
"""

import re

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

_PATH_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f]")
# The API (config/urls.py) answers in JSON, as django-ninja does for a parameter it cannot accept: 422 with a list
# of problems, the response its OpenAPI document declares for every operation with parameters (config/api.py).
API_PREFIX = "/api/"


def _has_nul(data) -> bool:
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in data.lists())


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        for name in [name for name, value in request.COOKIES.items() if "\x00" in name or "\x00" in value]:
            del request.COOKIES[name]
        bad_path = bool(_PATH_FORBIDDEN.search(request.path_info))
        bad_query = not bad_path and _has_nul(request.GET)
        if not bad_path and not bad_query:
            return self.get_response(request)
        # Placed before the locale middleware (a bad cookie must be gone before the session reads it), so the
        # visitor's language is looked up here.
        with translation.override(translation.get_language_from_request(request)):
            if request.path_info.startswith(API_PREFIX):
                reason = _("The request contains a control character, which no parameter of this API accepts.")
                where = "path" if bad_path else "query"
                problem = {"type": "value_error", "loc": [where], "msg": str(reason)}
                return JsonResponse({"detail": [problem]}, status=422)
            if bad_path:
                return render(request, "404.html", status=404)
            reason = _("The address contains a NUL character, which no page of this site accepts.")
            return render(request, "bad_request.html", {"reason": str(reason)}, status=400)
