"""`make run PORT=8101` prints verification links and QR codes for the port it serves, unless SITE_URL is set."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from config.site_url import serve_site_url

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("127.0.0.1", "8101", "http://127.0.0.1:8101"),
        ("localhost", 8000, "http://localhost:8000"),
        ("0.0.0.0", "9000", "http://127.0.0.1:9000"),
        ("::", "8101", "http://[::1]:8101"),
        ("::1", "8101", "http://[::1]:8101"),
    ],
)
def test_without_an_explicit_site_url_it_follows_host_and_port(tmp_path, host, port, expected):
    assert serve_site_url(host=host, port=port, environ_={}, dotenv=tmp_path / "none") == expected


def test_an_explicit_site_url_in_the_environment_wins(tmp_path):
    url = serve_site_url(
        host="127.0.0.1", port="8101", environ_={"SITE_URL": "https://certs.example.org/"}, dotenv=tmp_path / "none"
    )
    assert url == "https://certs.example.org"


def test_an_explicit_site_url_in_dotenv_wins_and_environment_is_untouched(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text("DEBUG=True\nSITE_URL=https://training.example.org\n")
    assert serve_site_url(host="127.0.0.1", port="8101", environ_={}, dotenv=dotenv) == "https://training.example.org"
    assert os.environ.get("SITE_URL") != "https://training.example.org"


def test_bin_serve_gives_the_worker_and_the_web_server_the_same_site_url(tmp_path):
    """bin/serve with a stand-in interpreter that records what each of its two processes was started with."""
    if (ROOT / ".env").is_file() and "SITE_URL" in (ROOT / ".env").read_text():
        pytest.fail("this checkout's .env sets SITE_URL: remove it to run this test")
    record = tmp_path / "seen"
    fake = tmp_path / "python"
    fake.write_text(
        "#!/usr/bin/env bash\n"
        f'if [[ $1 == -m ]]; then exec {sys.executable} "$@"; fi\n'
        f'echo "$2 $SITE_URL" >> {record}\n'
        # Both stay up until both have written: bin/serve stops the other process as soon as one ends.
        f"for _ in $(seq 100); do [[ $(wc -l < {record}) -ge 2 ]] && exit 0; sleep 0.1; done\n"
    )
    fake.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    env.update(PY=str(fake), HOST="127.0.0.1", PORT="8101", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [shutil.which("bash"), "bin/serve"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = sorted(record.read_text().splitlines())
    assert lines == ["qcluster http://127.0.0.1:8101", "runserver http://127.0.0.1:8101"]
