"""`manage.py qcluster` stops on SIGTERM within 10 seconds, and the task it was running is handed back to the queue
and runs again when a worker starts (ADR 0145). A real cluster, on the ORM broker (SQLite) and on Redis."""

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BROKERS = ["orm", *(["redis"] if os.environ.get("REDIS_URL") else [])]
# Where the signal goes: the main process (docker stop, bin/serve, kill PID) or every process of the group
# (systemd's default KillMode=control-group; a terminal's Ctrl-C reaches the group too, as SIGINT).
TARGETS = ["main", "group"]


def _env(tmp_path: Path, broker: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.stop_worker_settings",
        STOP_WORKER_DB=str(tmp_path / "queue.sqlite3"),
        STOP_WORKER_QUEUE=f"stop-{uuid.uuid4().hex[:10]}",
        STOP_WORKER_BROKER=broker,
    )
    return env


def _manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _python(env: dict[str, str], code: str) -> str:
    return _manage(env, "shell", "--no-imports", "-c", code).strip()


def _queued(env: dict[str, str]) -> int:
    return int(_python(env, "from django_q.brokers import get_broker; print(get_broker().queue_size())"))


def _start(env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("a") as out:
        return subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"], cwd=ROOT, env=env, stdout=out, stderr=out, start_new_session=True
        )


def _wait_for(path_glob, *, cluster: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path_glob():
        assert cluster.poll() is None, log.read_text()[-3000:]
        assert time.monotonic() < deadline, log.read_text()[-3000:]
        time.sleep(0.1)


def _terminate(cluster: subprocess.Popen, *, target: str, log: Path) -> None:
    """SIGTERM, then the process must be gone within 10 seconds (a supervisor's patience: docker stop's default)."""
    if target == "group":
        os.killpg(cluster.pid, signal.SIGTERM)
    else:
        cluster.send_signal(signal.SIGTERM)
    try:
        cluster.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail(f"qcluster still running 10 s after SIGTERM:\n{log.read_text()[-3000:]}")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(cluster.pid, signal.SIGKILL)
    assert cluster.returncode == 0, log.read_text()[-3000:]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("broker", BROKERS)
def test_sigterm_stops_the_worker_in_seconds_and_the_interrupted_task_runs_again(tmp_path, broker, target):
    env = _env(tmp_path, broker)
    runs = tmp_path / "runs"
    runs.mkdir()
    log = tmp_path / "cluster.log"
    _manage(env, "migrate", "--noinput", "-v", "0")
    _python(env, f"from django_q.tasks import async_task; async_task('tests.support.slow_task.slow', {str(runs)!r})")

    cluster = _start(env, log)
    _wait_for(lambda: (runs / "started-1").exists(), cluster=cluster, log=log)
    _terminate(cluster, target=target, log=log)
    assert not (runs / "done-1").exists(), "the first run takes a minute: it was interrupted"
    assert _queued(env) == 1, f"the interrupted task is back in the queue:\n{log.read_text()[-3000:]}"

    again = _start(env, log)
    _wait_for(lambda: (runs / "done-2").exists(), cluster=again, log=log)
    _wait_for(lambda: _queued(env) == 0, cluster=again, log=log, seconds=30)
    _terminate(again, target=target, log=log)
    assert _queued(env) == 0, "a task that finished is not handed back"


@pytest.mark.parametrize("broker", BROKERS)
def test_a_task_that_ends_within_the_stop_time_finishes_before_the_worker_exits(tmp_path, broker):
    env = _env(tmp_path, broker)
    runs = tmp_path / "runs"
    runs.mkdir()
    log = tmp_path / "cluster.log"
    _manage(env, "migrate", "--noinput", "-v", "0")
    _python(env, f"from django_q.tasks import async_task; async_task('tests.support.slow_task.brief', {str(runs)!r})")

    cluster = _start(env, log)
    _wait_for(lambda: (runs / "started-1").exists(), cluster=cluster, log=log)
    _terminate(cluster, target="main", log=log)
    assert (runs / "done-1").exists()
    assert _queued(env) == 0
    assert _python(env, "from django_q.models import Success; print(Success.objects.count())") == "1"
