"""Production settings pass Django's deployment checklist and take their configuration from the environment."""

import json
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SETTINGS_PROBE = """
import json
import django
from django.conf import settings
django.setup()
print(json.dumps({
    "q_redis": settings.Q_CLUSTER.get("redis"),
    "q_orm": settings.Q_CLUSTER.get("orm"),
    "cache_backend": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"]["LOCATION"],
    "debug": settings.DEBUG,
}))
"""


def _secret_key() -> str:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(50))


def _env(**overrides: str) -> dict[str, str]:
    # A clean environment: the test session's own variables (DJANGO_SETTINGS_MODULE, DJANGO_ALLOW_ASYNC_UNSAFE
    # set for Playwright, ...) must not leak into what a production server would see.
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT") if k in os.environ}
    env.update(
        DEBUG="False",
        ALLOWED_HOSTS="example.org",
        SITE_URL="https://example.org",
        SECRET_KEY=_secret_key(),
        TSA_URL="https://tsa.example.org/",  # without one, check --deploy warns (certificates.W112, ADR 0112)
    )
    env.update(overrides)
    return {k: v for k, v in env.items() if v is not None}


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_check_deploy_finds_no_issues():
    result = _run(["manage.py", "check", "--deploy", "--settings=config.settings.production"], _env())
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "no issues" in output, output
    assert "WARNING" not in output, output


def test_production_refuses_to_start_without_secret_key():
    env = _env()
    del env["SECRET_KEY"]
    result = _run(["manage.py", "check", "--settings=config.settings.production"], env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def _settings(**overrides: str) -> dict:
    env = _env(DJANGO_SETTINGS_MODULE="config.settings.production", **overrides)
    result = _run(["-c", SETTINGS_PROBE], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_redis_url_switches_task_broker_and_cache_to_redis():
    found = _settings(REDIS_URL="redis://cache.internal:6379/3")
    assert found["q_redis"] == "redis://cache.internal:6379/3"
    assert found["q_orm"] is None
    assert found["cache_backend"] == "common.redis_cache.RedisCache"
    assert found["cache_location"] == "redis://cache.internal:6379/3"
    assert found["debug"] is False


def test_without_redis_the_database_is_broker_and_cache():
    found = _settings()
    assert found["q_redis"] is None
    assert found["q_orm"] == "default"
    assert found["cache_backend"] == "django.core.cache.backends.db.DatabaseCache"
