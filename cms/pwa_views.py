"""The installable app: web app manifest, the service worker at /sw.js (scope /) and the offline fallback page."""

import hashlib
import json

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

# Loaded when the worker installs, so the start page and the offline page open with no connection.
PRECACHE_STATIC = [
    "css/site.css",
    "pwa/pwa.js",
    "pwa/icons/icon-192.png",
]


def _static_text(name: str) -> str:
    try:
        path = staticfiles_storage.path(name) if staticfiles_storage.exists(name) else finders.find(name)
    except NotImplementedError:
        path = finders.find(name)
    with open(path, encoding="utf-8") as f:
        return f.read()


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """The worker script with the URLs in force (hashed static names in production) written into it.

    Served from / rather than /static/ so its scope can be the whole site. no-cache: browsers check it on
    every visit (and at most daily anyway), so a new release reaches phones at their next visit.
    """
    config = {
        "precache": ["/", reverse("pwa_offline"), *(static(name) for name in PRECACHE_STATIC)],
        "offline": reverse("pwa_offline"),
        "noCache": ["/admin/", "/django-admin/", "/accounts/", "/api/", "/learn/sync/", "/sw.js"],
    }
    body = _static_text("pwa/sw.js")
    version = hashlib.sha256((json.dumps(config) + body).encode()).hexdigest()[:12]
    script = f"self.PWA = {json.dumps({**config, 'version': version})};\n{body}"
    response = HttpResponse(script, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def web_manifest(request: HttpRequest) -> JsonResponse:
    icons = [
        {"src": static("pwa/icons/icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
        {"src": static("pwa/icons/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any"},
        {"src": static("pwa/icons/maskable-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
    ]
    manifest = {
        "name": _("ICT-CFT Teacher Training"),
        "short_name": _("ICT-CFT"),
        "description": _("Train, practise and certify your ICT competencies, online or off."),
        "id": "/",
        "start_url": "/?source=home-screen",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5cad",
        "lang": request.LANGUAGE_CODE,
        "icons": icons,
    }
    response = JsonResponse(
        manifest, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def offline_page(request: HttpRequest) -> HttpResponse:
    """Shown by the worker when a page is asked for with no connection and no downloaded copy of it."""
    return render(request, "pwa/offline.html")
