"""What "Download for offline" stores for a module: every URL its pages need, and how many bytes that is.

The list comes from the pages as they render for this visitor (so data saver's choice, the images a lesson
really uses and the static files in force are what is counted), and sizes from the files themselves.
"""

import gzip
import os
import re
from html import unescape
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.urls import reverse

from accounts.data_saver import data_saver_enabled

from .models import LessonPage, ModulePage

ATTR = re.compile(r'\b(href|src|srcset)="([^"]+)"', re.IGNORECASE)
TAG = re.compile(r"<(link|script|img|source)\b[^>]*>", re.IGNORECASE)
TEXT_TYPES = (".css", ".js", ".svg", ".json", ".webmanifest")
CACHE_SECONDS = 600


def _asset_urls(html: str) -> list[str]:
    """Stylesheets, scripts, images and <picture> sources a page loads (not links it merely points to)."""
    urls = []
    for tag in TAG.finditer(html):
        text, name = tag.group(0), tag.group(1).lower()
        if name == "link" and not re.search(r'rel="(stylesheet|manifest|icon)"', text):
            continue
        for attr, value in ATTR.findall(text):
            value = unescape(value)
            if attr.lower() == "srcset":
                urls.extend(part.strip().split(" ")[0] for part in value.split(",") if part.strip())
            elif not (name == "link" and attr.lower() == "src"):
                urls.append(value)
    return [u for u in urls if u.startswith("/") and not u.startswith("//")]


def _file_bytes(url: str) -> tuple[int, int]:
    """(size stored, size on the wire) of a static or media file; (0, 0) when it is not a file of ours."""
    path = urlsplit(url).path
    data_path = None
    if path.startswith(settings.STATIC_URL):
        name = path[len(settings.STATIC_URL) :]
        try:
            data_path = staticfiles_storage.path(name) if staticfiles_storage.exists(name) else finders.find(name)
        except NotImplementedError:
            data_path = finders.find(name)
    elif path.startswith(settings.MEDIA_URL):
        name = path[len(settings.MEDIA_URL) :]
        if default_storage.exists(name):
            size = default_storage.size(name)
            return size, size
    if not data_path or not os.path.isfile(data_path):
        return 0, 0
    size = os.path.getsize(data_path)
    if path.endswith(TEXT_TYPES):
        with open(data_path, "rb") as f:
            return size, len(gzip.compress(f.read(), 6))
    return size, size


def _render(page, request) -> str:
    response = page.specific.serve(request)
    if hasattr(response, "render"):
        response.render()
    return response.content.decode()


def module_offline_manifest(*, module: ModulePage, request) -> dict:
    """{"module", "title", "version", "urls": [...], "bytes", "transfer_bytes"} for the Cache Storage download.

    Cached for a few minutes per module version and data-saver choice: sizes hardly differ between teachers,
    and rendering every lesson on each module view would cost more than the page itself.
    """
    lessons = list(LessonPage.objects.live().child_of(module).order_by("path"))
    stamps = [p.last_published_at for p in (module, *lessons) if p.last_published_at]
    stamp = max(stamps, default=None)
    saver = data_saver_enabled(request)
    version = f"{module.pk}-{int(stamp.timestamp()) if stamp else 0}-{len(lessons)}-{int(saver)}"
    key = f"offline-manifest:{version}:{request.user.is_authenticated}"
    if (cached := cache.get(key)) is not None:
        return cached
    pages = [module, *lessons]
    urls: dict[str, tuple[int, int]] = {}
    for page in pages:
        restrictions = page.get_view_restrictions()
        if any(not r.accept_request(request) for r in restrictions):
            continue
        html = _render(page, request)
        encoded = html.encode()
        urls[page.url] = (len(encoded), len(gzip.compress(encoded, 6)))
        for asset in _asset_urls(html):
            if asset not in urls:
                urls[asset] = _file_bytes(asset)
    manifest = {
        "module": module.pk,
        "title": module.title,
        "url": module.url,
        "version": version,
        "lessons": [{"id": x.pk, "title": x.title, "url": x.url} for x in lessons],
        "urls": list(urls),
        "bytes": sum(size for size, _wire in urls.values()),
        "transfer_bytes": sum(wire for _size, wire in urls.values()),
        "offline_page": reverse("pwa_offline"),
    }
    cache.set(key, manifest, CACHE_SECONDS)
    return manifest
