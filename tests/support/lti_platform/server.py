"""Start and stop the test LTI platform (lti1p3platform under gunicorn) as a subprocess on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import requests

from tests.support.readiness import wait_until_answering

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LtiPlatform:
    """The platform knows our tool's URLs (its registration of the tool); `issuer` and the endpoints are what an
    administrator copies into our registration of the platform."""

    def __init__(self, directory: Path, *, tool_url: str, client_id: str, deployment_id: str):
        self.directory = Path(directory)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.issuer = self.url
        self.client_id = client_id
        self.deployment_id = deployment_id
        self.auth_login_url = f"{self.url}/authorize"
        self.auth_token_url = f"{self.url}/token"
        self.keyset_url = f"{self.url}/jwks"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "PYTEST_"))},
            "DJANGO_SETTINGS_MODULE": "tests.support.lti_platform.settings",
            "LTI_PEER_URL": self.url,
            "LTI_TOOL_LOGIN_URL": f"{tool_url}/lti/login/",
            "LTI_TOOL_LAUNCH_URL": f"{tool_url}/lti/launch/",
            "LTI_TOOL_JWKS_URL": f"{tool_url}/lti/jwks.json",
            "LTI_CLIENT_ID": client_id,
            "LTI_DEPLOYMENT_ID": deployment_id,
            "PYTHONPATH": str(REPO),
        }
        self.process: subprocess.Popen | None = None

    def state(self) -> dict:
        return requests.get(f"{self.url}/_state", timeout=10).json()

    def roster_set(self, *, left: list[str]) -> None:
        """The course's enrolment changes: `left` are no longer in its roster (an empty list: everyone is back)."""
        requests.post(f"{self.url}/_roster", data={"left": left}, timeout=10).raise_for_status()

    def start(self) -> LtiPlatform:
        log = open(self.directory / "gunicorn.log", "wb")  # noqa: SIM115 (open for the process's whole life)
        # One worker: the platform keeps what it received in memory; threads let it answer the tool's calls
        # (JWKS, token) while a browser request is waiting on the tool.
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "tests.support.lti_platform.wsgi:application",
                "--bind", f"127.0.0.1:{self.port}", "--workers", "1", "--threads", "8", "--timeout", "60",
            ],
            cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        if wait_until_answering(
            process=self.process, url=self.keyset_url, log=self.directory / "gunicorn.log", name="the test LTI platform"
        ):
            return self
        self.stop()
        raise RuntimeError("the test LTI platform did not answer within 60 s")

    def log(self) -> str:
        return (self.directory / "gunicorn.log").read_text(errors="replace")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
