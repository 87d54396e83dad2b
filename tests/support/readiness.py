"""Waiting for a peer server started by a test (OpenID provider, LTI platform, Ralph) to answer."""

import subprocess
import time
from pathlib import Path

import requests


def wait_until_answering(*, process: subprocess.Popen, url: str, log: Path, name: str, seconds: float = 60) -> bool:
    """True once `url` answers 200. Refused while the server binds, or a read timeout while its worker still loads
    on a busy machine: both mean "not yet", until the deadline. A server that exits raises with its log."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: {log.read_text()}")
        try:
            if requests.get(url, timeout=5).status_code == 200:
                return True
        except (requests.ConnectionError, requests.Timeout):
            pass
        time.sleep(0.2)
    return False
