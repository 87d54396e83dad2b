"""The SITE_URL `make run` serves under: the one set explicitly, or the address the development server listens on.

Certificates carry SITE_URL in their verification links and QR codes, so `make run PORT=8101` must not print links
to port 8000. An explicit SITE_URL (in the environment or in .env, which settings also read) always wins.

    python -m config.site_url HOST PORT    # prints the URL; bin/serve exports it to the web server and the worker
"""

import ipaddress
import sys
from collections.abc import Mapping
from pathlib import Path

import environ

DOTENV = Path(__file__).resolve().parent.parent / ".env"
# A server listening on every interface is reached on this machine through the loopback address.
_ANY = {"0.0.0.0": "127.0.0.1", "::": "::1"}


def _dotenv_values(path: Path) -> dict[str, str]:
    """What settings would read from `path`, parsed by django-environ itself, without touching os.environ."""

    class _Probe(environ.Env):
        ENVIRON: dict[str, str] = {}

    if path.is_file():
        _Probe.read_env(path)
    return _Probe.ENVIRON


def serve_site_url(*, host: str, port: str | int, environ_: Mapping[str, str], dotenv: Path = DOTENV) -> str:
    explicit = environ_.get("SITE_URL") or _dotenv_values(dotenv).get("SITE_URL")
    if explicit:
        return explicit.rstrip("/")
    host = _ANY.get(host, host)
    try:
        literal = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None and literal.version == 6:
        host = f"[{literal}]"
    return f"http://{host}:{int(port)}"


if __name__ == "__main__":
    import os

    print(serve_site_url(host=sys.argv[1], port=sys.argv[2], environ_=os.environ))
