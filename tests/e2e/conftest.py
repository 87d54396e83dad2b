"""Real-browser tests: Playwright drives Debian's chromium (never a downloaded browser)."""

import os
import shutil
import tempfile

import pytest

from tests.e2e.network import Network, ServerGate, gate_install

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test are still sync.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"chromium not found at {CHROMIUM}: install Debian's chromium package (.ci/run does).")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session", autouse=True)
def server_gate(live_server) -> ServerGate:
    """Installed before any browser connects to the live server, so every connection goes through it."""
    return gate_install(live_server)


@pytest.fixture
def network(server_gate):
    """`network(context)` gives the context's connection to cut (tests/e2e/network.py); it is restored after the test.

    A failing test prints what the server refused while offline: the requests the browser tried to send anyway.
    """
    before = len(server_gate.refused)
    yield lambda context: Network(context, server_gate)
    server_gate.open()
    for refused in server_gate.refused[before:]:
        print(f"refused while offline: {refused}")


@pytest.fixture
def phone(browser, live_server):
    """A page on a 360 px wide viewport, pointed at the live server."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture(scope="session", autouse=True)
def _profile_dir():
    d = tempfile.mkdtemp(prefix="e2e-")
    yield d
    shutil.rmtree(d, ignore_errors=True)
