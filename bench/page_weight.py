"""Print the weight (HTML + CSS + JS, no images/video/fonts) and SQL query count of the learning pages.

Standalone: uses a throwaway SQLite database, loads the demo, and measures with Django's test client
as a logged-in teacher. Run: .venv/bin/python bench/page_weight.py
"""

import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TMP = tempfile.mkdtemp(prefix="page-weight-")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{TMP}/bench.sqlite3"
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ["MEDIA_ROOT"] = f"{TMP}/media"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')
LESSON_BUDGET_BYTES = 60 * 1024
LESSON_BUDGET_QUERIES = 10


def weigh(client: Client, url: str) -> tuple[int, int, int]:
    client.get(url)  # warm caches (site root paths, renditions) as a running server would have them
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    queries = len(ctx.captured_queries)  # read now: the asset requests below reset the query log
    assert response.status_code == 200, (url, response.status_code)
    html = response.content
    assets = 0
    for href in ASSET.findall(html.decode()):
        asset = client.get(href)
        assets += len(b"".join(asset.streaming_content) if asset.streaming else asset.content)
    return len(html), assets, queries


def main() -> int:
    setup_test_environment()
    settings.MEDIA_ROOT = f"{TMP}/media"
    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("load_demo", stdout=quiet)

    from accounts.models import User
    from cms.models import CatalogPage, LessonPage, ModulePage

    client = Client()
    client.force_login(User.objects.get(username="teacher"))
    catalog = CatalogPage.objects.live().first()
    module = ModulePage.objects.live().first()
    # The demo lesson with an image, a table-free long text, an activity, a quick check and a reflection note.
    lesson = LessonPage.objects.get(slug="arranging-the-room-for-technology", locale__language_code="en")
    pages = [("catalogue", catalog.url), ("module", module.url), ("lesson (with image and note)", lesson.url)]
    print(f"{'page':32} {'HTML':>8} {'CSS+JS':>8} {'total':>8} {'queries':>8}")
    failed = False
    for name, url in pages:
        html, assets, queries = weigh(client, url)
        print(f"{name:32} {html:8d} {assets:8d} {html + assets:8d} {queries:8d}")
        if name.startswith("lesson"):
            failed = html + assets > LESSON_BUDGET_BYTES or queries > LESSON_BUDGET_QUERIES
    print(
        f"lesson budget: {LESSON_BUDGET_BYTES} bytes, {LESSON_BUDGET_QUERIES} queries -> {'FAIL' if failed else 'ok'}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
