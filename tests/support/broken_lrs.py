"""A learning record store that misbehaves on purpose: answers 500 or 400 to every POST, or never answers.

Only for the failure cases (the successful ones run against Ralph): a real LRS cannot be made to fail on cue.
It records what it was sent, so a test can see what reached it and how often.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    server: BrokenLRS

    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.received.append({"path": self.path, "headers": dict(self.headers), "body": json.loads(body)})
        if self.server.mode == "hang":
            self.server.release.wait(timeout=30)  # longer than any client timeout the tests use
            return
        status = {"500": 500, "400": 400, "401": 401}[self.server.mode]
        payload = json.dumps({"detail": f"broken LRS answering {status}"}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):  # quiet
        pass


class BrokenLRS(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mode: str):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = mode
        self.received: list[dict] = []
        self.release = threading.Event()
        self.endpoint = f"http://127.0.0.1:{self.server_address[1]}/xAPI/"
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def __enter__(self) -> BrokenLRS:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()
