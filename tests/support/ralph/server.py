"""Start and stop Ralph (France Université Numérique's LRS) as a subprocess on a port chosen at run time.

Ralph runs from its own virtualenv (.venv-ralph, made by `make .venv-ralph/.installed`) with the file-system
backend: no database, nothing outside the test's temporary directory. Basic auth with one account made by
`ralph auth`, as an LRS operator would.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

import requests

from tests.support.readiness import wait_until_answering

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
PYTHON = Path(os.environ.get("RALPH_PYTHON", REPO / ".venv-ralph" / "bin" / "python"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RalphLRS:
    username = "ictcft-platform"
    password = "an-lrs-secret-for-tests-only"

    def __init__(self, directory: Path, *, port: int | None = None):
        if not PYTHON.exists():
            raise RuntimeError(f"Ralph is not installed at {PYTHON}: run `make .venv-ralph/.installed` first")
        self.directory = Path(directory)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.endpoint = f"{self.url}/xAPI/"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "RALPH_", "PYTEST_"))},
            "RALPH_APP_DIR": str(self.directory / "app"),
            "RALPH_AUTH_FILE": str(self.directory / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.directory / "statements"),
        }
        self.process: subprocess.Popen | None = None

    def _credentials(self) -> None:
        if (self.directory / "auth.json").exists():
            return
        subprocess.run(
            [str(PYTHON.parent / "ralph"), "auth", "-u", self.username, "-p", self.password, "-s", "all",
             "-M", "mailto:lrs-operator@example.org", "-w"],
            env=self.env, cwd=self.directory, check=True, capture_output=True,
        )  # fmt: skip

    def start(self) -> RalphLRS:
        self.directory.mkdir(parents=True, exist_ok=True)
        self._credentials()
        log = open(self.directory / "ralph.log", "ab")  # noqa: SIM115 (open for the process's whole life)
        self.process = subprocess.Popen(
            [str(PYTHON), "-m", "uvicorn", "lrs_app:app", "--app-dir", str(HERE), "--host", "127.0.0.1",
             "--port", str(self.port),
             "--workers", "1", "--log-level", "warning"],
            env=self.env, cwd=self.directory, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        if wait_until_answering(
            process=self.process, url=f"{self.url}/__heartbeat__", log=self.directory / "ralph.log", name="Ralph"
        ):
            return self
        self.stop()
        raise RuntimeError("Ralph did not answer within 60 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def statements(self, **params) -> list[dict]:
        """GET /xAPI/statements, following `more` links: what the LRS holds for that query."""
        if isinstance(params.get("agent"), dict):
            params["agent"] = json.dumps(params["agent"])
        url, found = f"{self.endpoint}statements", []
        while url:
            response = requests.get(
                url,
                params=params,
                auth=(self.username, self.password),
                headers={"X-Experience-API-Version": "1.0.3"},
                timeout=10,
            )
            response.raise_for_status()
            body = response.json()
            if "statements" not in body:  # ?statementId= answers with the statement itself
                return [body]
            found += body["statements"]
            more = body.get("more")
            url, params = (f"{self.url}{more}" if more else ""), {}
        return found
