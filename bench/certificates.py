"""Verification pages as production serves them, against "hello" behind the same stack and a bare Django project.

    .venv/bin/python bench/certificates.py [--sizes 1000,1000000] [--seconds 2] [--rounds 5] [--clients 4]

gunicorn (README's command: sync workers) runs config.settings.production (DEBUG off, whitenoise manifest, static
files collected into the system's temporary directory and kept while static files and pins stay the same) on a
throwaway PostgreSQL database (127.0.0.1:5432, user postgres, dropped at the end; copied from a template database
holding the schema and the framework, kept while the migrations stay the same) and Redis database 14
(127.0.0.1:6379, flushed before and after). Loopback only: a few client
threads (http.client, keep-alive whenever the server keeps the connection) send what a browser behind the reverse
proxy sends: `Accept-Encoding: gzip`, `Accept-Language`, `X-Forwarded-For` and `X-Forwarded-Proto: https`. The
lookup rate limit is set too high to block, so its cost is paid but it never answers 429.

Paths, interleaved in rounds (order rotated each round) so that other load on the machine hits all alike:
- bare: a bare Django project, one view, no middleware (bench/bare_app.py): the reference;
- hello: a one-line view behind the project's middleware (bench/served_app.py);
- repeat: /verify/<code>/ for the same 100 codes again and again (QR scans, shared links);
- first: /verify/<code>/ for distinct issued codes, each requested once, never seen by the page cache;
- unknown: /verify/<code>/ for distinct well-formed codes that were never issued (ADR 0056: no slower than first).
Shares of hello are taken per round; min and median over rounds are printed. Goals (2-core machine): repeat
≥ 70 %, first ≥ 50 %, the same at 1,000 and at 1,000,000 certificates. PDF render figures: bench/certificate_render.py.
"""

import argparse
import gzip
import hashlib
import http.client
import itertools
import json
import logging
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path[:0] = [str(ROOT), str(BENCH)]
REDIS_DB = 14  # spare: CI uses 0, test workers 1-12, bench/load.py 13
REPEAT_CODES = 100
TEMPLATE_INPUTS = ("*/migrations/*.py", "competency/data/**/*")
GOALS = {"repeat": 0.70, "first": 0.50}
PATHS = ("bare", "hello", "repeat", "first", "unknown")
LABELS = {
    "bare": "bare Django (no middleware)",
    "hello": "hello, same stack",
    "repeat": f"verify, repeat visits ({REPEAT_CODES} codes)",
    "first": "verify, first visit of a code",
    "unknown": "verify, first visit, unknown code",
}
HEADERS = {
    "Host": "127.0.0.1",
    "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
    "Accept-Encoding": "gzip, deflate, br",
    "Accept-Language": "en-GB,en;q=0.9",
    "User-Agent": "bench/certificates.py",
    # What the reverse proxy adds (production trusts one proxy: TRUSTED_PROXIES=1, SECURE_PROXY_SSL_HEADER).
    "X-Forwarded-For": "203.0.113.7",
    "X-Forwarded-Proto": "https",
}


def environment(*, database: str, work: Path) -> dict:
    return {
        "DJANGO_SETTINGS_MODULE": "served_production",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DEBUG": "False",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": "https://127.0.0.1",
        "MEDIA_ROOT": str(work / "media"),
        "PRIVATE_MEDIA_ROOT": str(work / "private"),
        "CERTIFICATE_KEY_DIR": str(work / "keys"),
        "CERTIFICATE_LOOKUP_RATE": "100000000/m",  # measure the limiter's cost, never its blocking
        "LOG_LEVEL": "WARNING",
    }


def template_ensure(admin, env: dict) -> str:
    """A template database with the schema, the cache table and the framework, built once per state of the
    migrations and framework data (minutes on a busy machine) and copied for each run (seconds)."""
    digest = hashlib.sha1()
    for pattern in TEMPLATE_INPUTS:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file():
                digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    name = f"bench_certificates_tpl_{digest.hexdigest()[:12]}"
    if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
        return name
    for (old,) in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE 'bench_certificates_tpl_%'"):
        admin.execute(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)')
    building = f"{name}_building"
    admin.execute(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
    admin.execute(f'CREATE DATABASE "{building}"')
    build_env = {**env, "DATABASE_URL": env["DATABASE_URL"].rsplit("/", 1)[0] + f"/{building}"}
    for command in (["migrate", "--noinput"], ["createcachetable"], ["load_framework", "ictcft-v3"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=build_env, check=True,
                       capture_output=True)  # fmt: skip
    admin.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')  # complete, or not there at all
    return name


def static_ensure(env: dict) -> Path:
    """Static files collected as production ships them (hashed names, precompressed), kept between runs while the
    project's static files and the pinned packages stay the same: collecting takes minutes on a busy machine."""
    digest = hashlib.sha1((ROOT / "requirements.txt").read_bytes())
    for path in sorted((ROOT / "static").rglob("*")):
        if path.is_file():
            digest.update(f"{path.relative_to(ROOT)}:{path.stat().st_size}:{path.stat().st_mtime_ns}".encode())
    target = Path(tempfile.gettempdir()) / f"bench_certificates_static_{digest.hexdigest()[:12]}"
    if not (target / "staticfiles.json").is_file():
        for old in Path(tempfile.gettempdir()).glob("bench_certificates_static_*"):
            shutil.rmtree(old, ignore_errors=True)
        building = Path(f"{target}_building")
        env = {**os.environ, **env, "BENCH_STATIC_ROOT": str(building)}
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(BENCH)])
        subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env,
                       check=True)  # fmt: skip
        building.rename(target)
    return target


def setup_project() -> object:
    """One real certificate (signed, with its PDF), on a copy of the template database."""
    from accounts.models import User
    from certificates.services import certificate_issue
    from competency.models import Framework
    from competency.services import EvidenceInput, evidence_record_many

    level = Framework.objects.get(slug="ictcft-v3").levels.get(code="KA")
    user = User.objects.create_user("bench", email="bench@example.org", legal_name="Nguyễn Thị Ánh Tuyết")
    evidence_record_many(
        user=user,
        source_type="bench",
        source_id="1",
        items=[EvidenceInput(competency=c, score=91, passed=True) for c in level.competencies.all()],
    )
    return certificate_issue(user=user, level=level)


def holders_insert(count: int, *, cursor) -> list[int]:
    """`count` holders, one per certificate as in a deployment (a holder has a handful of certificates per level at
    most): certificates of one holder and level are listed as each other's history on the page (ADR 0113).

    Every other column takes the model's default, so a field added to the user model needs nothing here."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    tag = secrets.token_hex(4)
    given = {"password": "!", "legal_name": "Nguyễn Thị Ánh Tuyết", "preferred_language": "en",
             "date_joined": timezone.now(), "is_active": True}  # fmt: skip
    columns, values = ["username"], ["'bench-' || %s || '-' || g"]
    params: list = [tag]
    for field in get_user_model()._meta.concrete_fields:
        if field.primary_key or field.name == "username":
            continue
        default = given[field.name] if field.name in given else field.get_default()
        if default is None and field.null:
            continue
        columns.append(connection_quote(field.column))
        values.append("%s")
        params.append(field.get_db_prep_save(default, cursor.db))
    cursor.execute(
        f"INSERT INTO accounts_user ({', '.join(columns)}) SELECT {', '.join(values)} "
        "FROM generate_series(1, %s) AS g RETURNING id",
        [*params, count],
    )
    return [row[0] for row in cursor.fetchall()]


def connection_quote(name: str) -> str:
    from django.db import connection

    return connection.ops.quote_name(name)


def bulk_insert(count: int, *, model) -> list[str]:
    """`count` more rows with real codes, digests and the real certificate's snapshot, each of its own holder, by
    COPY; returns the codes."""
    from django.db import connection, transaction

    from certificates.codes import code_digest, code_generate

    given = ("code", "code_digest", "user_id", "level_id", "framework_slug", "framework_version", "snapshot",
             "issued_at", "is_current", "revoke_reason", "manual", "status_list_index", "credential_json", "pdf",
             "created_at", "language", "offline_payload")  # fmt: skip
    # Every other column takes the model's default, so a field added to the certificate needs nothing here.
    others = [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key and field.column not in given and not (field.null and field.get_default() is None)
    ]
    columns = ", ".join([*given, *(connection.ops.quote_name(field.column) for field in others)])
    defaults = tuple(field.get_db_prep_save(field.get_default(), connection) for field in others)
    snapshot = json.dumps(model.snapshot, ensure_ascii=False)
    now = "2026-01-01 00:00:00+00"
    codes = [code_generate() for _ in range(count)]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")  # a throwaway database
        cursor.execute("SELECT COALESCE(MAX(status_list_index), 0) FROM certificates_certificate")
        index = cursor.fetchone()[0] + 1
        holders = holders_insert(count, cursor=cursor)
        with cursor.cursor.copy(f"COPY certificates_certificate ({columns}) FROM STDIN") as copy:
            for i, (code, holder) in enumerate(zip(codes, holders, strict=True)):
                copy.write_row(
                    (code, code_digest(code), holder, model.level_id, model.framework_slug,
                     model.framework_version, snapshot, now, False, "", False, index + i, "", "", now, "en", "",
                     *defaults)
                )  # fmt: skip
    contents_insert(codes)
    with connection.cursor() as cursor:
        # What autovacuum has long done in a deployment, where rows are written over months: without it, the first
        # read of each fresh row sets its hint bits (writing the page), which a first visit would pay here alone.
        tables = "accounts_user, certificates_certificate, certificates_verifypagecontent"
        cursor.execute(f"VACUUM (FREEZE, ANALYZE) {tables}")
    return codes


def contents_insert(codes: list[str]) -> None:
    """The verification page content of the bulk rows, as issuing them would have rendered it (ADR 0210).

    Rendering a million certificates in four languages takes an hour, so the first row is rendered for real and the
    others get its content with their own code in it: they differ from it in nothing else the page shows (holder,
    snapshot, dates and status are the same). The last row is then rendered for real too and must match.
    """
    from django.db import connection, transaction

    from certificates.models import Certificate, VerifyPageContent
    from certificates.services.page_content import verify_content_render
    from common.gzip_join import deflate_segment, deflate_segment_read

    first, *rest = codes
    verify_content_render(code=first)
    model = {c.language: c for c in VerifyPageContent.objects.filter(certificate__code=first)}
    bodies = {language: deflate_segment_read(c.body).decode() for language, c in model.items()}
    ids = dict(Certificate.objects.values_list("code", "id"))  # every row: faster than a million-item IN list
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")
        columns = "certificate_id, language, generation, version, status, stale_at, body, rendered_at"
        with cursor.cursor.copy(f"COPY certificates_verifypagecontent ({columns}) FROM STDIN") as copy:
            for code in rest:
                for language, content in model.items():
                    body = deflate_segment(bodies[language].replace(first, code).encode())
                    copy.write_row(
                        (ids[code], language, content.generation, content.version, content.status,
                         content.stale_at, body, content.rendered_at)
                    )  # fmt: skip
    if rest:
        copied = {c.language: bytes(c.body) for c in VerifyPageContent.objects.filter(certificate__code=rest[-1])}
        VerifyPageContent.objects.filter(certificate__code=rest[-1]).delete()
        verify_content_render(code=rest[-1])
        rendered = {c.language: bytes(c.body) for c in VerifyPageContent.objects.filter(certificate__code=rest[-1])}
        assert copied == rendered, "the copied content differs from a real render"


def lookup_us(code: str) -> float:
    """Median microseconds of the lookup alone (one indexed query), to show that table size does not matter."""
    from certificates.selectors import certificate_lookup

    samples = []
    for _ in range(2000):
        start = time.perf_counter()
        certificate_lookup(raw=code)
        samples.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples)


class Server:
    """gunicorn on a socket bound here to a free loopback port, handed over as a file descriptor (no race)."""

    def __init__(self, app: str, env: dict, *, workers: int, threads: int, log: Path):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.port = self.sock.getsockname()[1]
        fd = self.sock.fileno()
        worker = ["--worker-class", "gthread", "--threads", str(threads)] if threads > 1 else []
        self.log = open(log, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", app, "--chdir", str(BENCH), "--bind", f"fd://{fd}",
             "--workers", str(workers), *worker, "--log-level", "warning"],
            env=env, pass_fds=(fd,), stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip

    def get(self, path: str) -> tuple[int, dict, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request("GET", path, headers=HEADERS)
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def wait(self) -> None:
        for _ in range(300):
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log.name}")
            try:
                self.get("/bench-hello/")
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not answer")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.sock.close()
        self.log.close()


def blast(port: int, paths, *, seconds: float, clients: int) -> tuple[float, int]:
    """Requests per second from `clients` threads until `seconds` pass or `paths` (an iterator) runs out."""
    deadline = time.perf_counter() + seconds
    counts = [0] * clients
    failures: list[str] = []
    lock = threading.Lock()

    def client(slot: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            while time.perf_counter() < deadline:
                with lock:
                    path = next(paths, None)
                if path is None:
                    return
                conn.request("GET", path, headers=HEADERS)
                response = conn.getresponse()  # closes the connection itself when the server does
                response.read()
                if response.status != 200:
                    failures.append(f"{path}: {response.status}")
                    return
                counts[slot] += 1
        finally:
            conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise RuntimeError(f"non-200 answers: {failures[:3]}")
    return sum(counts) / elapsed, sum(counts)


def page_check(server: Server, path: str, expect: str) -> int:
    """The page is served compressed and says what it should; returns its size on the wire."""
    status, headers, body = server.get(path)
    assert status == 200, (path, status)
    assert headers.get("Content-Encoding") == "gzip", (path, headers)
    assert expect in gzip.decompress(body).decode(), (path, expect)
    return len(body)


def unknown_code() -> str:
    from certificates.codes import code_generate

    return code_generate()  # 80 random bits: never issued


def measure(size: int, codes: list[str], servers: dict, opts, flush) -> dict:
    """Interleaved rounds; returns the per-round req/s of every path and how often the first-visit pool recycled."""
    rng = random.Random(size)
    repeat = [f"/verify/{c}/" for c in rng.sample(codes, REPEAT_CODES)]
    chosen = set(repeat)
    pool = [p for p in (f"/verify/{c}/" for c in codes) if p not in chosen]
    rng.shuffle(pool)
    state = {"fresh": iter(pool), "recycled": 0}

    def warm_repeat() -> None:
        blast(servers["app"].port, iter(repeat * 2), seconds=60, clients=opts.clients)

    def recycle() -> None:
        # Only at small sizes: every code was visited once, so the page cache forgets them all and they are new again.
        flush()
        warm_repeat()
        rng.shuffle(pool)
        state["fresh"], state["recycled"] = iter(pool), state["recycled"] + 1

    def fresh():
        state["ran_out"] = False
        yield from state["fresh"]
        state["ran_out"] = True

    sources = {
        "bare": lambda: itertools.repeat("/bench-hello/"),
        "hello": lambda: itertools.repeat("/bench-hello/"),
        "repeat": lambda: itertools.cycle(repeat),
        "first": lambda: fresh(),
        "unknown": lambda: (f"/verify/{unknown_code()}/" for _ in itertools.count()),
    }
    # Warm every worker (imports, templates, connections) outside the measurement.
    for name in ("bare", "hello", "unknown"):
        server = servers["bare" if name == "bare" else "app"]
        blast(server.port, sources[name](), seconds=1.0, clients=opts.clients)
    warm_repeat()
    rates = {name: [] for name in PATHS}
    for r in range(opts.rounds):
        order = PATHS[r % len(PATHS) :] + PATHS[: r % len(PATHS)]
        for name in order:
            server = servers["bare" if name == "bare" else "app"]
            rate, done = blast(server.port, sources[name](), seconds=opts.seconds, clients=opts.clients)
            if name == "first" and state["ran_out"]:
                # The pool ran out within the burst: measure the rest of it on recycled codes.
                recycle()
                more, extra = blast(server.port, sources[name](), seconds=opts.seconds, clients=opts.clients)
                rate = (done + extra) / (done / rate + extra / more) if done else more
            rates[name].append(rate)
    return {"rates": rates, "recycled": state["recycled"]}


def report(size: int, result: dict, opts, *, lookup: float, wire: dict, load: str) -> dict:
    rates = result["rates"]
    hello = rates["hello"]
    print(
        f"\n== {size:,} certificates · {opts.rounds} rounds × {opts.seconds:g} s per path · {opts.clients} clients · "
        f"gunicorn {opts.workers} {'sync' if opts.threads == 1 else f'gthread×{opts.threads}'} workers"
    )
    print(f"   load average {load}; lookup alone {lookup:.0f} µs; verify page {wire['valid']:,} B gzipped")
    if result["recycled"]:
        print(f"   first visits: the {size:,} codes were all visited, so the page cache was flushed "
              f"{result['recycled']}× and they were visited again")  # fmt: skip
    print(f"   {'path':36} {'req/s median':>12} {'min':>6} {'max':>6}   {'÷ hello min':>11} {'median':>7}   goal")
    shares = {}
    for name in PATHS:
        values = rates[name]
        per_round = [v / h for v, h in zip(values, hello, strict=True)]
        shares[name] = (min(per_round), statistics.median(per_round))
        goal = GOALS.get(name)
        verdict = ""
        if goal is not None:
            low, mid = shares[name]
            verdict = f"≥ {goal:.0%} {'ok' if low >= goal else ('median ok' if mid >= goal else 'BELOW')}"
        print(
            f"   {LABELS[name]:36} {statistics.median(values):12.0f} {min(values):6.0f} {max(values):6.0f}"
            f"   {shares[name][0]:11.0%} {shares[name][1]:7.0%}   {verdict}"
        )
    return shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,1000000")
    parser.add_argument("--seconds", type=float, default=2.0, help="per path per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=4, help="client threads (bounded to 16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (the README: 2 × cores + 1)")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker (1: sync workers, as the README)")
    opts = parser.parse_args()
    opts.clients = max(1, min(opts.clients, 16))
    opts.seconds = max(0.2, min(opts.seconds, 30))
    sizes = sorted(int(s) for s in opts.sizes.split(","))

    import psycopg

    try:
        admin = psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True)
        redis_cli = ["redis-cli", "-h", "127.0.0.1", "-p", "6379", "-n", str(REDIS_DB)]
        subprocess.run([*redis_cli, "ping"], check=True, capture_output=True, timeout=5)
    except (psycopg.OperationalError, OSError, subprocess.SubprocessError) as exc:
        print(f"skipped: needs PostgreSQL on 127.0.0.1:5432 (user postgres) and Redis on 127.0.0.1:6379 ({exc})")
        return

    def flush() -> None:
        subprocess.run([*redis_cli, "flushdb"], check=True, capture_output=True, timeout=30)

    work = Path(tempfile.mkdtemp(prefix="bench-certificates-"))
    database = f"bench_certificates_{os.getpid()}"
    env = environment(database=database, work=work)
    env["BENCH_STATIC_ROOT"] = str(static_ensure(env))
    os.environ.update(env)
    servers: dict[str, Server] = {}
    server_env = {**{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}, **env}
    server_env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(BENCH)])
    started = time.perf_counter()
    template = template_ensure(admin, server_env)
    admin.execute(f'CREATE DATABASE "{database}" TEMPLATE "{template}"')
    print(f"database {database} from template {template}: {time.perf_counter() - started:.1f} s")
    try:
        flush()
        import django

        django.setup()
        logging.getLogger("django.request").setLevel(logging.ERROR)
        for name in ("django_q", "weasyprint", "django_tasks", "fontTools"):
            logging.getLogger(name).setLevel(logging.WARNING)
        from django.db import connections

        started = time.perf_counter()
        model = setup_project()
        print(f"setup (one real certificate): {time.perf_counter() - started:.1f} s")
        codes: list[str] = [model.code]
        all_shares = {}
        for size in sizes:
            for server in servers.values():
                server.stop()
            missing = size - len(codes)
            started = time.perf_counter()
            if missing > 0:
                codes += bulk_insert(missing, model=model)
            print(f"inserted {max(missing, 0):,} rows (COPY) to reach {size:,} certificates in "
                  f"{time.perf_counter() - started:.1f} s")  # fmt: skip
            lookup = lookup_us(codes[-1])
            connections.close_all()
            flush()
            servers = {
                "app": Server("served_app:application", server_env, workers=opts.workers, threads=opts.threads,
                              log=work / "app.log"),
                "bare": Server("bare_app:application", server_env, workers=opts.workers, threads=opts.threads,
                               log=work / "bare.log"),
            }  # fmt: skip
            for server in servers.values():
                server.wait()
            wire = {
                "valid": page_check(servers["app"], f"/verify/{model.code}/", ">VALID<"),
                "unknown": page_check(servers["app"], f"/verify/{unknown_code()}/", "NOT FOUND"),
            }
            flush()
            result = measure(size, codes[:size], servers, opts, flush)
            load = " ".join(f"{v:.2f}" for v in os.getloadavg())
            all_shares[size] = report(size, result, opts, lookup=lookup, wire=wire, load=load)
        if len(all_shares) > 1:
            small, large = min(all_shares), max(all_shares)
            print(f"\n== {large:,} vs {small:,} certificates (share of hello, median): "
                  + ", ".join(f"{n} {all_shares[large][n][1]:.0%} vs {all_shares[small][n][1]:.0%}"
                              for n in ("repeat", "first", "unknown")))  # fmt: skip
        print(f"\n(uptime: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()})")
    finally:
        for server in servers.values():
            server.stop()
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # noqa: BLE001, S110 - Django may not be set up yet
            pass
        subprocess.run([*redis_cli, "flushdb"], capture_output=True, timeout=30)
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
