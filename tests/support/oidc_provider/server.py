"""Start and stop the test OpenID provider (django-oidc-provider under gunicorn) as a subprocess on a free port."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

from tests.support.readiness import wait_until_answering

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OpenIDProvider:
    def __init__(self, directory: Path, *, client_id: str, client_secret: str, redirect_uris: list[str]):
        self.directory = Path(directory)
        self.client_id = client_id
        self.client_secret = client_secret
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.issuer = f"{self.url}/openid"
        self.users_file = self.directory / "users.json"
        shutil.copy(HERE / "users.json", self.users_file)
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "PYTEST_"))},
            "DJANGO_SETTINGS_MODULE": "tests.support.oidc_provider.settings",
            "OIDC_TEST_SITE_URL": self.url,
            "OIDC_TEST_DB": str(self.directory / "provider.sqlite3"),
            "OIDC_TEST_USERS": str(self.users_file),
            "OIDC_TEST_CLIENT_ID": client_id,
            "OIDC_TEST_CLIENT_SECRET": client_secret,
            "OIDC_TEST_REDIRECT_URIS": " ".join(redirect_uris),
            "PYTHONPATH": str(REPO),
        }
        self.process: subprocess.Popen | None = None

    def users(self) -> dict:
        return json.loads(self.users_file.read_text(encoding="utf-8"))

    def claims_set(self, username: str, **claims) -> None:
        """Change what the provider says about a user from now on (a ministry editing its directory)."""
        users = self.users()
        users[username]["claims"].update(claims)
        self.users_file.write_text(json.dumps(users), encoding="utf-8")

    def start(self) -> OpenIDProvider:
        subprocess.run(
            [sys.executable, "-m", "tests.support.oidc_provider.bootstrap"], cwd=REPO, env=self.env, check=True
        )
        log = open(self.directory / "gunicorn.log", "wb")  # noqa: SIM115 (open for the process's whole life)
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "tests.support.oidc_provider.wsgi:application",
                "--bind", f"127.0.0.1:{self.port}", "--workers", "1", "--threads", "4", "--timeout", "60",
            ],
            cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        discovery = f"{self.issuer}/.well-known/openid-configuration"
        if wait_until_answering(
            process=self.process, url=discovery, log=self.directory / "gunicorn.log", name="the test OpenID provider"
        ):
            return self
        self.stop()
        raise RuntimeError("the test OpenID provider did not answer within 60 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
