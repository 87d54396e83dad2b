"""The connection between a test's browser and the live server, which the test can cut for real.

Chromium's offline emulation (BrowserContext.set_offline) is what the pages see: navigator.onLine and the
online/offline events the offline layer reacts to. It is not a network cut: the browser's own requests, such as the
service worker update check of /sw.js it makes after navigations, still go out and reach the server, and
Playwright's routes never see them. So while a test says "offline" the live server also refuses every request it
receives: whatever part of the browser sends it, nothing reaches Django or the database.
"""

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class RefusedRequest:
    at: float  # time.monotonic()
    method: str
    path: str
    service_worker: str  # the Service-Worker request header: "script" on the browser's worker update check


class ServerGate:
    """Open: the live server answers as usual. Closed: it drops each request unanswered, as a dead network would."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self._lock = threading.Lock()
        self.refused: list[RefusedRequest] = []

    @property
    def is_open(self) -> bool:
        return self._open.is_set()

    def open(self) -> None:
        self._open.set()

    def close(self) -> None:
        self._open.clear()

    def refuse(self, *, method: str, path: str, service_worker: str) -> None:
        with self._lock:
            self.refused.append(RefusedRequest(time.monotonic(), method, path, service_worker))


def gate_install(live_server) -> ServerGate:
    """Put a gate in front of the live server's request handling (before the browser opens any connection).

    The check runs per request, not per connection, so a kept-alive connection opened while online is cut too.
    """
    gate = ServerGate()
    httpd = live_server.thread.httpd
    base = httpd.RequestHandlerClass

    class GatedRequestHandler(base):
        def parse_request(self) -> bool:
            if not super().parse_request():
                return False
            if gate.is_open:
                return True
            gate.refuse(method=self.command, path=self.path, service_worker=self.headers.get("Service-Worker", ""))
            # No status line at all, and the connection closes: the browser sees a network failure (fetch rejects,
            # the service worker falls back to its stored copies), never an HTTP error page.
            self.close_connection = True
            return False

    httpd.RequestHandlerClass = GatedRequestHandler
    return gate


class Network:
    """One browser context's connection: down() and up() switch what the pages see and what the server accepts."""

    def __init__(self, context, gate: ServerGate) -> None:
        self._context = context
        self._gate = gate

    def down(self) -> None:
        # The server first: from here on nothing gets through, even a request the page starts before it hears
        # that it is offline (the page then sees the request fail, as on a connection that just dropped).
        self._gate.close()
        self._context.set_offline(True)

    def up(self) -> None:
        # The server first, so the sync the "online" event starts finds it answering.
        self._gate.open()
        self._context.set_offline(False)
