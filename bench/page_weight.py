"""Print the weight (HTML + CSS + JS, no images/video/fonts) and SQL query count of the learning pages, then
the bytes on the wire (compressed) and the time to readable text on an emulated 2G link, cold and warm.

Standalone: uses a throwaway SQLite database, loads the demo, and measures with Django's test client as a
logged-in teacher; then serves the same database with gunicorn (static files collected and precompressed, as in
production) and loads each page in Debian's chromium through Chrome's network emulation (400 kbit/s each way,
400 ms round trips). Cold: an empty browser profile. Warm: the same page again (HTTP cache and service worker).
The lesson is measured in each interface language (en, fr, es, ar: the teacher's language cookie), since a translated
lesson is another page with its own words (issue 19).
Run: .venv/bin/python bench/page_weight.py (BENCH_VERBOSE=1 lists every response and its bytes)
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
# Issue 8: a cold lesson page (HTML + CSS + JS + fonts, images aside) at most 45 kB on the wire, text readable in 3 s.
WIRE_BUDGET_BYTES = 45 * 1024
READABLE_BUDGET_MS = 3000
LANGUAGES = ("en", "fr", "es", "ar")
LINK = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]  # fmt: skip


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
    pages = [("catalogue", catalog.url, "en"), ("module", module.url, "en")]
    pages += [(f"lesson {code} (image, note)", lesson.url, code) for code in LANGUAGES]
    print(f"{'page':32} {'HTML':>8} {'CSS+JS':>8} {'total':>8} {'queries':>8}")
    failed = False
    for name, url, code in pages:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = code
        html, assets, queries = weigh(client, url)
        print(f"{name:32} {html:8d} {assets:8d} {html + assets:8d} {queries:8d}")
        if name.startswith("lesson"):
            failed = failed or html + assets > LESSON_BUDGET_BYTES or queries > LESSON_BUDGET_QUERIES
    print(
        f"lesson budget: {LESSON_BUDGET_BYTES} bytes, {LESSON_BUDGET_QUERIES} queries -> {'FAIL' if failed else 'ok'}"
    )
    from assessments.models import Assessment

    assessment = Assessment.objects.get(slug="module-ka-1")
    pages_2g = [
        ("home", "/", "en"),
        ("catalogue", catalog.url, "en"),
        *[(f"lesson {code}", lesson.url, code) for code in LANGUAGES],
        ("assessment", assessment.get_absolute_url(), "en"),
    ]
    failed = on_2g(client.cookies["sessionid"].value, pages_2g) or failed
    return 1 if failed else 0


def _load(page, cdp, url: str) -> tuple[int, int, float]:
    """Open url; return (wire bytes of HTML+CSS+JS+fonts, of images, ms until text is painted)."""
    kinds: dict[str, str] = {}
    urls: dict[str, str] = {}
    wire = {"text": 0, "image": 0}

    def sent(event):
        kinds[event["requestId"]] = event.get("type", "Other")
        urls[event["requestId"]] = event["request"]["url"]

    def finished(event):
        kind = kinds.get(event["requestId"], "Other")
        wire["image" if kind in ("Image", "Media") else "text"] += int(event["encodedDataLength"])
        if os.environ.get("BENCH_VERBOSE"):
            print("   ", kind, int(event["encodedDataLength"]), urls.get(event["requestId"]))

    cdp.on("Network.requestWillBeSent", sent)
    cdp.on("Network.loadingFinished", finished)
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")  # late responses (lazy images) are counted with their page
    paint = page.evaluate(
        "() => (performance.getEntriesByName('first-contentful-paint')[0] || {startTime: NaN}).startTime"
    )
    cdp.remove_listener("Network.requestWillBeSent", sent)
    cdp.remove_listener("Network.loadingFinished", finished)
    return wire["text"], wire["image"], paint


def on_2g(session: str, pages: list[tuple[str, str, str]]) -> bool:
    import shutil
    import socket
    import subprocess
    import time

    from django.db import connection
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not chromium:
        print("2G: chromium not found (Debian package chromium): skipped")
        return True
    static_root = f"{TMP}/static"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "served_settings",
        "BENCH_STATIC_ROOT": static_root,
        "MEDIA_ROOT": settings.MEDIA_ROOT,
    }
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        env={**env, "PYTHONPATH": str(ROOT / "bench")}, check=True,
    )  # fmt: skip
    connection.close()  # the SQLite file is shared with the server process
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "served_app:application", "--chdir", str(ROOT / "bench"),
         "--workers", "2", "--bind", f"127.0.0.1:{port}", "--log-level", "warning"], env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    failed = False
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        print(
            "\non an emulated 2G link (400 kbit/s, 400 ms round trips), as the signed-in demo teacher; "
            "bytes on the wire (compressed),\nHTML+CSS+JS+fonts and images apart; readable = first text painted"
        )
        print(f"{'page':12} {'cold':>8} {'images':>8} {'readable':>9} {'warm':>8} {'readable':>9} {'offline app':>12}")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)

            def visit(url: str, service_workers: str, language: str):
                context = browser.new_context(
                    viewport={"width": 360, "height": 740}, base_url=base, service_workers=service_workers
                )
                context.add_cookies(
                    [
                        {"name": "sessionid", "value": session, "url": base},
                        {"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": base},
                    ]
                )
                page = context.new_page()
                cdp = context.new_cdp_session(page)
                cdp.send("Network.enable")
                return context, page, cdp

            for _, url, language in pages:  # the server's first requests (imports, templates) are not the phone's
                context, page, _cdp = visit(url, "block", language)
                page.goto(url)
                page.goto(url)
                context.close()
            lessons = []
            for name, url, language in pages:
                # Cold and warm with the browser's HTTP cache only (service worker blocked: every byte is seen).
                context, page, cdp = visit(url, "block", language)
                cdp.send("Network.emulateNetworkConditions", LINK)
                cold, images, cold_ms = _load(page, cdp, url)
                warm, _, warm_ms = _load(page, cdp, url)
                context.close()
                # Warm as the installed app: the service worker answers CSS and JS from the device.
                context, page, cdp = visit(url, "allow", language)
                page.goto(url)
                page.wait_for_function("() => navigator.serviceWorker.ready.then(() => true)")
                page.reload()
                page.wait_for_function("() => navigator.serviceWorker.controller !== null")
                cdp.send("Network.emulateNetworkConditions", LINK)
                _, _, app_ms = _load(page, cdp, url)
                context.close()
                print(f"{name:12} {cold:8d} {images:8d} {cold_ms:7.0f}ms {warm:8d} {warm_ms:7.0f}ms {app_ms:10.0f}ms")
                if name.startswith("lesson"):
                    failed = failed or cold > WIRE_BUDGET_BYTES or not cold_ms <= READABLE_BUDGET_MS
                    lessons.append(f"{name[7:]} {cold} B in {cold_ms:.0f} ms")
            browser.close()
        print(
            f"lesson budget: {WIRE_BUDGET_BYTES} bytes cold on the wire and text readable in {READABLE_BUDGET_MS} ms, "
            f"in each language (is {'; '.join(lessons)}) -> {'FAIL' if failed else 'ok'}"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    return failed


if __name__ == "__main__":
    sys.exit(main())
