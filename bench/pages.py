"""Lesson, module and catalogue pages as production serves them to a signed-in teacher, against "hello".

    .venv/bin/python bench/pages.py [--seconds 2] [--rounds 5] [--clients 4] [--workers 2]

The same stack as bench/certificates.py (whose server, client and static-files helpers this reuses): gunicorn, sync
workers, config.settings.production via bench/served_production.py, "hello" behind the same middleware
(bench/served_app.py), Redis database 15 (flushed before and after), a throwaway PostgreSQL database copied from
bench/load.py's template (schema, framework, the demo with its translations, 200 teachers; built by load.py's own
code when missing). Every request carries one teacher's session cookie, hello's too, so both pay the session read.

Paths, interleaved in rounds (order rotated each round): hello; the first demo lesson in English and in French
(Accept-Language; the demo is translated); its module page; the catalogue. Shares of hello are taken per round; min
and median over rounds are printed. Goals (2-core machine): lesson ≥ 25 %, catalogue ≥ 15 % of hello.
"""

import argparse
import importlib.util
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

import load  # noqa: E402 - bench/load.py: the template database with the demo and the teachers

# bench/certificates.py (Server, blast, static_ensure, HEADERS), by path: "certificates" is also the project's app.
_spec = importlib.util.spec_from_file_location(
    "bench_certificates", Path(__file__).resolve().parent / "certificates.py"
)
served = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(served)

REDIS_DB = 15  # spare: CI 0, test workers 1-12, load.py 13, certificates.py 14
GOALS = {"lesson (en)": 0.25, "lesson (fr)": 0.25, "catalogue": 0.15}

SESSION = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.cached_db import SessionStore
from accounts.models import User
user = User.objects.get(username="load000")
s = SessionStore()
s[SESSION_KEY] = str(user.pk)
s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
s[HASH_SESSION_KEY] = user.get_session_auth_hash()
s.create()
print("KEY" + s.session_key)
"""


def environment(*, database: str, work: Path) -> dict:
    env = served.environment(database=database, work=work)
    env["REDIS_URL"] = f"redis://127.0.0.1:6379/{REDIS_DB}"
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="per path per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--fresh", action="store_true", help="rebuild load.py's template database")
    opts = parser.parse_args()

    import psycopg

    admin = psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True)
    redis_cli = ["redis-cli", "-h", "127.0.0.1", "-p", "6379", "-n", str(REDIS_DB)]
    work = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    database = f"bench_pages_{os.getpid()}"
    server = None
    try:
        subprocess.run([*redis_cli, "flushdb"], check=True, capture_output=True, timeout=30)
        secret = secrets.token_urlsafe(50)

        def env_for(name: str, files: Path) -> dict:
            return {
                **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_"))},
                **environment(database=name, work=files),
                "DJANGO_SETTINGS_MODULE": "config.settings.production",
                "SECRET_KEY": secret,
                "SECURE_SSL_REDIRECT": "False",
                "Q_WORKERS": "1",
            }

        opts.held = 200
        template = load.template_name(opts.held)
        files, plan = load.template_ensure(admin, template, env_for, opts)
        admin.execute(f'CREATE DATABASE "{database}" TEMPLATE "{template}"')
        shutil.copytree(files, work / "files")
        env = {**env_for(database, work / "files"), "DJANGO_SETTINGS_MODULE": "served_production"}
        env["SECRET_KEY"] = secret
        env["BENCH_STATIC_ROOT"] = str(served.static_ensure(env))
        env["PYTHONPATH"] = os.pathsep.join([str(served.ROOT), str(served.BENCH)])
        made = subprocess.run([sys.executable, "manage.py", "shell", "-c", SESSION], cwd=served.ROOT, env=env,
                              check=True, capture_output=True, text=True)  # fmt: skip
        session = made.stdout.split("KEY", 1)[1].strip()
        served.HEADERS["Cookie"] = f"sessionid={session}"
        lesson = plan["lessons"][0]
        module = lesson.rstrip("/").rsplit("/", 1)[0] + "/"
        paths = {"hello": "/bench-hello/", "lesson (en)": lesson, "lesson (fr)": lesson + "?_lang=fr",
                 "module": module, "catalogue": "/modules/"}  # fmt: skip
        server = served.Server("served_app:application", env, workers=opts.workers, threads=1, log=work / "app.log")
        server.wait()
        status, _headers, _body = server.get(lesson)
        assert status == 200, (lesson, status)
        rates: dict[str, list[float]] = {name: [] for name in paths}
        names = list(paths)
        for round_ in range(opts.rounds):
            order = names[round_ % len(names) :] + names[: round_ % len(names)]
            for name in order:
                path, language = paths[name].split("?_lang=") if "?_lang=" in paths[name] else (paths[name], "en")
                served.HEADERS["Accept-Language"] = f"{language};q=1.0"
                served.HEADERS["Cookie"] = f"sessionid={session}; django_language={language}"
                rate, _count = served.blast(
                    server.port, iter([path] * 10**7), seconds=opts.seconds, clients=opts.clients
                )
                rates[name].append(rate)
        load_avg = " ".join(f"{v:.2f}" for v in os.getloadavg())
        print(f"\n== pages vs hello · {opts.rounds} rounds × {opts.seconds:g} s · {opts.clients} clients · "
              f"gunicorn {opts.workers} sync workers · production settings · signed-in teacher")  # fmt: skip
        print(f"   load average {load_avg}; lesson {lesson}")
        print(f"   {'path':16} {'req/s median':>12} {'min':>6} {'max':>6}   {'÷ hello min':>11} {'median':>7}   goal")
        for name in names:
            per_round = [v / h for v, h in zip(rates[name], rates["hello"], strict=True)]
            low, mid = min(per_round), statistics.median(per_round)
            goal = GOALS.get(name)
            verdict = (
                ""
                if goal is None
                else f"≥ {goal:.0%} " + ("ok" if low >= goal else ("median ok" if mid >= goal else "BELOW"))
            )
            print(f"   {name:16} {statistics.median(rates[name]):12.0f} {min(rates[name]):6.0f} "
                  f"{max(rates[name]):6.0f}   {low:11.0%} {mid:7.0%}   {verdict}")  # fmt: skip
    finally:
        if server is not None:
            server.stop()
        subprocess.run([*redis_cli, "flushdb"], capture_output=True, timeout=30)
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
