from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def ratelimited(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """django-ratelimit sends blocked requests here: a readable page, HTTP 429."""
    return render(request, "429.html", status=429)


# Plain and self-contained: shown when even the site's layout cannot be drawn (the database is down, say).
_BARE_500 = (
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
    "<title>Server error</title><h1>Something went wrong</h1><p>Please try again in a few minutes.</p>"
    '<p><a href="/">Home page</a></p></html>'
)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the site's layout in the visitor's language, like every other error page.

    Django's default renders 500.html without the request (no language, no user); this one tries with it and falls
    back to a bare page if drawing the layout fails too, so an error page never raises.
    """
    try:
        return render(request, "500.html", status=500)
    except Exception:  # noqa: BLE001 - whatever broke the request may break the layout as well
        return HttpResponse(_BARE_500, status=500)
