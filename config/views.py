from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def ratelimited(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """django-ratelimit sends blocked requests here: a readable page, HTTP 429."""
    return render(request, "429.html", status=429)
