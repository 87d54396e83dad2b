"""Start and stop the test SAML identity provider (pysaml2 under gunicorn) as a subprocess on a free port."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.readiness import wait_until_answering

REPO = Path(__file__).resolve().parent.parent.parent.parent


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _key_and_certificate(directory: Path) -> tuple[Path, Path, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ministry test IdP")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256())
    )  # fmt: skip
    key_file, cert_file = directory / "idp.key", directory / "idp.crt"
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_file.write_bytes(pem)
    return key_file, cert_file, pem.decode()


class SamlIdentityProvider:
    def __init__(self, directory: Path, *, port: int, users: dict):
        self.directory = Path(directory)
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.entity_id = f"{self.url}/idp/metadata"
        self.sso_url = f"{self.url}/idp/sso/redirect"
        self.key_file, self.cert_file, self.certificate = _key_and_certificate(self.directory)
        self.users_file = self.directory / "users.json"
        self.users_file.write_text(json.dumps(users), encoding="utf-8")
        self.sp_metadata = self.directory / "sp-metadata.xml"
        self.process: subprocess.Popen | None = None

    def users(self) -> dict:
        return json.loads(self.users_file.read_text(encoding="utf-8"))

    def start(self, *, sp_metadata: bytes) -> SamlIdentityProvider:
        """Start with our service provider's metadata as the site serves it (the ministry registers it)."""
        self.sp_metadata.write_bytes(sp_metadata)
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "PYTEST_"))},
            "SAML_IDP_URL": self.url,
            "SAML_IDP_KEY": str(self.key_file),
            "SAML_IDP_CERT": str(self.cert_file),
            "SAML_IDP_SP_METADATA": str(self.sp_metadata),
            "SAML_IDP_USERS": str(self.users_file),
            "PYTHONPATH": str(REPO),
        }
        log_path = self.directory / "gunicorn.log"
        log = open(log_path, "wb")  # noqa: SIM115 (open for the process's whole life)
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "tests.support.saml_idp.app:application",
                "--bind", f"127.0.0.1:{self.port}", "--workers", "1", "--threads", "2", "--timeout", "60",
            ],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        if wait_until_answering(process=self.process, url=self.entity_id, log=log_path, name="the test SAML IdP"):
            return self
        self.stop()
        raise RuntimeError("the test SAML identity provider did not answer within 60 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
