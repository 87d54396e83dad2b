"""A task for tests/test_worker_stop.py: the first run takes a minute (the worker is stopped in the middle), a run
after that finishes at once. Each run leaves a file in `folder` saying how far it got."""

import time
from pathlib import Path


def slow(folder: str) -> str:
    runs = Path(folder)
    first = not any(runs.glob("started-*"))
    number = len(list(runs.glob("started-*"))) + 1
    (runs / f"started-{number}").touch()
    if first:
        time.sleep(60)
    (runs / f"done-{number}").touch()
    return "done"


def brief(folder: str) -> str:
    """Two seconds: less than the time a stopping worker gives the task in hand."""
    (Path(folder) / "started-1").touch()
    time.sleep(2)
    (Path(folder) / "done-1").touch()
    return "done"
