"""A real RFC 3161 time-stamping authority for tests: OpenSSL's `ts -reply` behind a small HTTP responder.

    with TimeStampingAuthority(tmp_path) as tsa:
        settings.TSA_URL, settings.TSA_CA_FILE = tsa.url, str(tsa.ca_path)
        ...
        tsa.stop()   # connections refused from now on
        tsa.start()  # answering again, same URL

Its CA and certificate are made here with `cryptography` (extendedKeyUsage timeStamping, critical, as RFC 3161
requires); every request is answered by the openssl binary, so pyHanko talks to an implementation it did not write.
Like a public TSA, its certificate names a CRL distribution point, served at `crl_url` (GET; `crl_requests` counts
them): what a PAdES B-LTA signer fetches and embeds.
"""

from __future__ import annotations

import http.server
import subprocess
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

_CONFIG = """\
[ tsa ]
default_tsa = tsa_config

[ tsa_config ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa-cert.pem
certs = $dir/tsa-ca.pem
signer_key = $dir/tsa-key.pem
signer_digest = sha256
default_policy = 1.3.6.1.4.1.55555.1.1
other_policies = 1.3.6.1.4.1.55555.1.2
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _pki(directory: Path, crl_url: str) -> None:
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Test TSA Root"))
        .issuer_name(_name("Test TSA Root"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    tsa_key = ec.generate_private_key(ec.SECP256R1())
    tsa = (
        x509.CertificateBuilder()
        .subject_name(_name("Test Time-Stamping Unit"))
        .issuer_name(ca.subject)
        .public_key(tsa_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(tsa_key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .add_extension(
            x509.CRLDistributionPoints(
                [x509.DistributionPoint([x509.UniformResourceIdentifier(crl_url)], None, None, None)]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.subject)
        .last_update(now - timedelta(minutes=5))
        .next_update(now + timedelta(days=7))
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    (directory / "tsa.crl").write_bytes(crl.public_bytes(serialization.Encoding.DER))
    pem = serialization.Encoding.PEM
    (directory / "tsa-ca.pem").write_bytes(ca.public_bytes(pem))
    (directory / "tsa-cert.pem").write_bytes(tsa.public_bytes(pem))
    (directory / "tsa-key.pem").write_bytes(
        tsa_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    (directory / "serial").write_text("01\n")
    (directory / "openssl.cnf").write_text(_CONFIG.format(dir=directory))


class TimeStampingAuthority:
    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory or tempfile.mkdtemp(prefix="tsa-"))
        self.directory.mkdir(parents=True, exist_ok=True)
        self.ca_path = self.directory / "tsa-ca.pem"  # written at the first start(), once the port is known
        self.requests = 0
        self.crl_requests = 0
        self._lock = threading.Lock()  # openssl increments the serial file: one reply at a time
        self._server: http.server.ThreadingHTTPServer | None = None
        self._port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}/"

    @property
    def crl_url(self) -> str:
        return f"{self.url}tsa.crl"

    def reply(self, query: bytes) -> bytes:
        with self._lock:
            self.requests += 1
            query_path = self.directory / "query.tsq"
            reply_path = self.directory / "reply.tsr"
            query_path.write_bytes(query)
            subprocess.run(
                [
                    "openssl", "ts", "-reply", "-config", str(self.directory / "openssl.cnf"),
                    "-queryfile", str(query_path), "-out", str(reply_path),
                ],
                check=True,
                capture_output=True,
            )  # fmt: skip
            return reply_path.read_bytes()

    def start(self) -> TimeStampingAuthority:
        authority = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.headers.get("Content-Type") != "application/timestamp-query":
                    self.send_error(415)
                    return
                answer = authority.reply(body)
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def do_GET(self):  # noqa: N802 - http.server's naming
                if self.path != "/tsa.crl":
                    self.send_error(404)
                    return
                authority.crl_requests += 1
                data = (authority.directory / "tsa.crl").read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", "application/pkix-crl")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", self._port), Handler)
        self._port = self._server.server_address[1]  # kept, so start() after stop() answers at the same URL
        if not self.ca_path.is_file():
            _pki(self.directory, self.crl_url)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> TimeStampingAuthority:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
