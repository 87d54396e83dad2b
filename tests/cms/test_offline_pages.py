"""The installable app and the light pages: worker, manifest, downloads for offline, data saver, wire weight."""

import gzip
import io
import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageFilter
from wagtail.images import get_image_model

from accounts.models import User
from cms.models import LessonPage

from .conftest import PASSWORD, lessons_of

ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')
WIRE_BUDGET = 45 * 1024


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def photo_module(make_module):
    """A module whose lessons carry a large, detailed photograph among their blocks."""
    caches["renditions" if "renditions" in settings.CACHES else "default"].clear()  # renditions of earlier tests
    buffer = io.BytesIO()
    # Photograph-like: a gradient under fine grain (pure noise is no photograph and no format compresses it).
    grain = PILImage.effect_noise((1600, 1200), 90).convert("RGB")
    light = PILImage.linear_gradient("L").resize((1600, 1200)).convert("RGB")
    photo = PILImage.blend(light, grain, 0.35).filter(ImageFilter.GaussianBlur(1.2))
    photo.save(buffer, "JPEG", quality=95)
    image = get_image_model().objects.create(title="Class photo", file=ContentFile(buffer.getvalue(), name="class.jpg"))
    module = make_module("photos", lessons=2, blocks=2)
    for lesson in lessons_of(module):
        lesson.body.append(("image", {"image": image, "alt": "Pupils around one laptop", "caption": ""}))
        lesson.save_revision().publish()
    return module


def test_the_service_worker_is_served_from_the_root_with_its_scope_and_no_cache(client, catalog):
    response = client.get("/sw.js")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/" and response["Cache-Control"] == "no-cache"
    script = response.content.decode()
    assert script.startswith("self.PWA = ") and '"/offline/"' in script and '"/static/pwa/pwa.js"' in script
    assert 'addEventListener("fetch"' in script


def test_the_web_app_manifest_names_the_app_and_its_icons(client, catalog):
    response = client.get("/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["display"] == "standalone" and manifest["scope"] == "/" and manifest["start_url"].startswith("/")
    sizes = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert sizes == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        with PILImage.open(path) as img:
            assert img.format == "PNG" and f"{img.width}x{img.height}" == icon["sizes"]


def test_every_page_links_the_manifest_and_loads_the_offline_layer_without_inline_script(client, catalog):
    html = client.get("/offline/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert '<script src="/static/pwa/pwa.js" defer></script>' in html
    assert 'id="pwa-status"' in html and 'aria-live="polite"' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert "You are offline" in html


def test_the_module_download_list_names_its_pages_files_and_images_with_their_total_size(client, teacher, photo_module):
    client.login(username=teacher.username, password=PASSWORD)
    lessons = lessons_of(photo_module)
    manifest = client.get(f"/learn/modules/{photo_module.pk}/offline.json").json()
    urls = manifest["urls"]
    assert photo_module.url in urls and all(lesson.url in urls for lesson in lessons)
    assert "/static/css/site.css" in urls and "/static/pwa/pwa.js" in urls
    images = [u for u in urls if u.startswith("/media/images/")]
    assert len(images) == 2 and all(".webp" in u for u in images)  # the two srcset widths, used by both lessons
    rendition_bytes = sum(r.file.size for r in get_image_model().get_rendition_model().objects.all())
    with open(finders.find("css/site.css"), "rb") as css:
        assert manifest["bytes"] > len(css.read()) + rendition_bytes
    assert 0 < manifest["transfer_bytes"] < manifest["bytes"]
    assert [x["id"] for x in manifest["lessons"]] == [x.pk for x in lessons]


def test_the_download_size_counts_every_file_it_lists(client, photo_module):
    from cms.offline_manifest import _file_bytes

    manifest = client.get(f"/learn/modules/{photo_module.pk}/offline.json").json()
    files = sum(_file_bytes(u)[0] for u in manifest["urls"] if u.startswith(("/static/", "/media/")))
    pages = sum(len(client.get(u).content) for u in manifest["urls"] if not u.startswith(("/static/", "/media/")))
    assert abs(manifest["bytes"] - (files + pages)) < 2000  # pages differ by their CSRF token and timestamps


def test_data_saver_leaves_images_out_of_the_download(client, teacher, photo_module):
    User.objects.filter(pk=teacher.pk).update(data_saver=True)
    client.login(username=teacher.username, password=PASSWORD)
    manifest = client.get(f"/learn/modules/{photo_module.pk}/offline.json").json()
    assert not [u for u in manifest["urls"] if u.startswith("/media/images/")]


def test_unknown_or_unpublished_modules_have_no_download_list(client, photo_module):
    assert client.get("/learn/modules/999999/offline.json").status_code == 404
    assert client.get(f"/learn/modules/{10**30}/offline.json").status_code == 404
    photo_module.unpublish()
    assert client.get(f"/learn/modules/{photo_module.pk}/offline.json").status_code == 404


def test_the_module_page_offers_the_download_and_the_lesson_forms_can_be_queued(client, teacher, photo_module):
    client.login(username=teacher.username, password=PASSWORD)
    module_html = client.get(photo_module.url).content.decode()
    assert f'data-manifest="/learn/modules/{photo_module.pk}/offline.json"' in module_html
    assert "Remove from this device" in module_html
    first, second = lessons_of(photo_module)
    lesson_html = client.get(first.url).content.decode()
    assert lesson_html.count('data-offline="lesson_complete"') == 2 and f'data-next-url="{second.url}"' in lesson_html
    assert 'data-offline="reflection_save"' in lesson_html


def test_lesson_images_are_lazy_responsive_and_each_rendition_at_most_50_kb(client, photo_module):
    html = client.get(lessons_of(photo_module)[0].url).content.decode()
    assert 'loading="lazy"' in html and "srcset=" in html
    renditions = get_image_model().get_rendition_model().objects.all()
    assert renditions.count() >= 2
    for rendition in renditions:
        assert rendition.file.size <= 50 * 1024, (rendition.filter_spec, rendition.file.size)


def test_data_saver_on_the_profile_turns_lesson_images_into_a_link(client, teacher, photo_module):
    client.login(username=teacher.username, password=PASSWORD)
    lesson = lessons_of(photo_module)[0]
    form = client.get("/me/profile/").content.decode()
    assert 'name="data_saver"' in form
    data = {
        "legal_name": "Ada Teacher",
        "preferred_language": "en",
        "country": "",
        "region": "",
        "school": "",
        "data_saver": "on",
    }
    assert client.post("/me/profile/", data).status_code == 302
    assert User.objects.get(pk=teacher.pk).data_saver is True
    html = client.get(lesson.url).content.decode()
    assert "<img" not in html.split('<article class="lesson"')[1].split("</article>")[0]
    assert "Pupils around one laptop" in html and "Show image" in html and "Turn data saver off" in html
    client.post("/me/data-saver/", {"on": "0", "next": lesson.url})
    assert User.objects.get(pk=teacher.pk).data_saver is False
    assert "<img" in client.get(lesson.url).content.decode()


def test_visitors_turn_data_saver_on_with_a_cookie(client, photo_module):
    lesson = lessons_of(photo_module)[0]
    response = client.post("/me/data-saver/", {"on": "1", "next": lesson.url})
    assert response.status_code == 302 and response["Location"] == lesson.url
    assert response.cookies["data_saver"].value == "1"
    html = client.get(lesson.url).content.decode()
    assert "Show image" in html and "<picture" not in html
    # Going back elsewhere is refused: only this site's pages.
    assert client.post("/me/data-saver/", {"on": "1", "next": "https://evil.example/"})["Location"] == "/"
    assert client.get("/me/data-saver/").status_code == 405


def test_a_cold_lesson_page_is_at_most_45_kb_on_the_wire(client, teacher, make_module):
    """Compressed HTML (GZipMiddleware) plus its CSS and JS compressed as whitenoise serves them in production."""
    module = make_module("weight", lessons=3, blocks=8, words="with a longer paragraph " * 20)
    client.login(username=teacher.username, password=PASSWORD)
    lesson = lessons_of(module)[1]
    response = client.get(lesson.url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert response["Content-Encoding"] == "gzip"
    html = gzip.decompress(response.content).decode()
    total = len(response.content)
    for href in ASSET.findall(html):
        asset = client.get(href)
        assert asset.status_code == 200, href
        total += len(gzip.compress(body_of(asset), 9))
    assert len(response.content) < len(html.encode()) / 3  # compression is really on
    assert total <= WIRE_BUDGET, total


def test_lesson_page_query_budget_holds_with_the_offline_layer(
    client, teacher, photo_module, django_assert_max_num_queries
):
    client.login(username=teacher.username, password=PASSWORD)
    lesson = LessonPage.objects.live().order_by("-path").first()
    client.get(lesson.url)
    with django_assert_max_num_queries(10):
        assert client.get(lesson.url).status_code == 200
