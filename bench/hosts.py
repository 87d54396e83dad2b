"""Past one machine: web, worker, PostgreSQL and Redis on separate (simulated) hosts, with one web host and two.

    sudo .venv/bin/python bench/hosts.py [--teachers 200] [--ramp 50] [--think 1.0] [--web-workers 2]

Needs root (network namespaces). Each host is a network namespace made here with a veth pair into a "switch"
namespace holding a bridge, addresses on the private 10.231.0.0/24: traffic runs only between these namespaces,
never through the root namespace or out of the machine.

    10.231.0.5   lb      the load balancer (a round-robin asyncio TCP proxy, below) and the teachers' client
    10.231.0.10  db      a separate PostgreSQL instance (initdb on a scratch data directory, run as postgres),
                         loaded with a dump of bench/load.py's template database (demo, 1,000 teachers max)
    10.231.0.11  redis   a separate redis-server (no persistence)
    10.231.0.21  web1    gunicorn, config.wsgi, production settings
    10.231.0.22  web2    the same, for the second step
    10.231.0.31  worker  one qcluster (certificates are issued here)

The same load as bench/load.py (its Teacher journey: sign in, three lessons, the Level 1 exam with autosaves and
a submit) runs twice against the balancer: in front of web1 alone, then of web1 and web2. p50/p95/p99 per step
are printed for each. The namespaces share this machine's cores, so two web hosts show that the layout works
(sessions, CSRF, the page cache and the queue shared through Redis; PostgreSQL over the wire), not more capacity:
that needs real hosts. Namespaces, processes and the scratch directory are removed at the end, even on failure.
"""

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

import load  # noqa: E402 - bench/load.py: the template database, the teachers' journey and the percentiles

NET = "10.231.0"
HOSTS = {"lb": 5, "db": 10, "redis": 11, "web1": 21, "web2": 22, "worker": 31}
PREFIX = "i21h-"  # namespace and interface names; the cleanup removes exactly these
PORT = 8000


def sh(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(args, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: {(done.stderr or done.stdout)[-800:]}")
    return done


def ns(host: str) -> list[str]:
    return ["ip", "netns", "exec", PREFIX + host]


def addr(host: str) -> str:
    return f"{NET}.{HOSTS[host]}"


def network_up() -> None:
    switch = PREFIX + "switch"
    sh("ip", "netns", "add", switch)
    sh(*ns("switch"), "ip", "link", "add", "br0", "type", "bridge")
    sh(*ns("switch"), "ip", "link", "set", "br0", "up")
    for host in HOSTS:
        name = PREFIX + host
        sh("ip", "netns", "add", name)
        inside, outside = f"{PREFIX}{host}0"[:15], f"{PREFIX}{host}1"[:15]
        sh("ip", "link", "add", inside, "netns", name, "type", "veth", "peer", "name", outside, "netns", switch)
        sh(*ns("switch"), "ip", "link", "set", outside, "master", "br0", "up")
        sh(*ns(host), "ip", "addr", "add", f"{addr(host)}/24", "dev", inside)
        sh(*ns(host), "ip", "link", "set", inside, "up")
        sh(*ns(host), "ip", "link", "set", "lo", "up")


def network_down() -> None:
    for line in sh("ip", "netns", "list", check=False).stdout.splitlines():
        name = line.split()[0] if line.strip() else ""
        if name.startswith(PREFIX):
            sh("ip", "netns", "pids", name, check=False)
            for pid in sh("ip", "netns", "pids", name, check=False).stdout.split():
                with contextlib.suppress(ProcessLookupError, ValueError):
                    os.kill(int(pid), signal.SIGKILL)
            sh("ip", "netns", "del", name, check=False)


class Balancer:
    """Round-robin TCP proxy: each new client connection goes to the next web host (keep-alive stays put)."""

    def __init__(self, backends: list[tuple[str, int]]):
        self.cycle = itertools.cycle(backends)

    async def handle(self, reader, writer) -> None:
        host, port = next(self.cycle)
        try:
            up_reader, up_writer = await asyncio.open_connection(host, port)
        except OSError:
            writer.close()
            return

        async def pipe(src, dst) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                with contextlib.suppress(Exception):
                    dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def client_run(opts, backends: list[tuple[str, int]]) -> dict:
    balancer = Balancer(backends)
    server = await asyncio.start_server(balancer.handle, addr("lb"), PORT, backlog=1024)
    async with server:
        teachers, timings, errors, elapsed, unfinished = await load.load(
            f"http://{addr('lb')}:{PORT}", opts.database_url, opts.lessons, opts
        )
    return {
        "elapsed": elapsed,
        "unfinished": len(unfinished),
        "steps": {
            step: {
                "n": len(timings[step]),
                "p50": load.percentile(timings[step], 50),
                "p95": load.percentile(timings[step], 95),
                "p99": load.percentile(timings[step], 99),
                "errors": len(errors[step]),
                "first_error": (errors[step] or [""])[0],
            }
            for step in load.STEPS
        },
    }


def client_main(args: list[str]) -> None:
    """Runs inside the lb namespace: the balancer and the teachers, then the figures as JSON on stdout."""
    opts = argparse.Namespace(**json.loads(args[0]))
    backends = [(addr(h), PORT) for h in opts.web_hosts]
    print("JSON" + json.dumps(asyncio.run(client_run(opts, backends))))


def postgres_up(work: Path, template: str) -> str:
    data = work / "pgdata"
    data.mkdir()
    shutil.chown(data, "postgres")
    os.chmod(work, 0o755)
    sh("runuser", "-u", "postgres", "--", "initdb", "-D", str(data), "-A", "trust", "-U", "postgres")
    (data / "postgresql.auto.conf").write_text(
        f"listen_addresses = '{addr('db')}'\nunix_socket_directories = '{data}'\nfsync = off\n"
        "max_connections = 200\nshared_buffers = '128MB'\n"
    )
    with open(data / "pg_hba.conf", "a") as hba:
        hba.write(f"host all all {NET}.0/24 trust\n")
    sh(*ns("db"), "runuser", "-u", "postgres", "--", "pg_ctl", "-D", str(data), "-l", str(data / "server.log"), "-w",
       "start")  # fmt: skip
    url = f"postgres://postgres@{addr('db')}:5432/bench_hosts"
    sh(*ns("db"), "createdb", "-h", addr("db"), "-U", "postgres", "bench_hosts")
    dump = subprocess.Popen(["pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-Fc", template], stdout=subprocess.PIPE)
    restore = subprocess.run([*ns("db"), "pg_restore", "-h", addr("db"), "-U", "postgres", "-d", "bench_hosts",
                              "--no-owner"], stdin=dump.stdout, capture_output=True, text=True)  # fmt: skip
    dump.wait()
    if dump.returncode != 0 or restore.returncode != 0:
        raise RuntimeError(f"copying the template failed: {restore.stderr[-500:]}")
    return url


GROWTH = """SELECT pg_database_size(current_database()) - pg_database_size('bench_hosts'),
  (SELECT count(*) FROM assessments_attempt) + (SELECT count(*) FROM assessments_answer)
  + (SELECT count(*) FROM cms_lessoncompletion) + (SELECT count(*) FROM competency_competencyevidence)
  + (SELECT count(*) FROM certificates_certificate) + (SELECT count(*) FROM django_session)"""


def database_growth(database: str) -> tuple[int, int]:
    """Bytes and rows the run added (attempts, answers, completions, evidence, certificates, sessions)."""
    out = sh(*ns("db"), "psql", "-h", addr("db"), "-U", "postgres", "-d", database, "-Atc", GROWTH, check=False)
    try:
        size, rows = out.stdout.strip().split("|")
        return int(size), int(rows)
    except ValueError:
        return 0, 0


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--client":
        client_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teachers", type=int, default=200)
    parser.add_argument("--ramp", type=float, default=50)
    parser.add_argument("--think", type=float, default=1.0)
    parser.add_argument("--right", type=float, default=0.75)
    parser.add_argument("--web-workers", type=int, default=2, help="gunicorn workers per web host")
    parser.add_argument("--steps", default="1,2", help="how many web hosts, per step")
    opts = parser.parse_args()
    if os.geteuid() != 0:
        print("bench/hosts.py needs root: it makes network namespaces")
        return
    import psycopg

    # A terminated run cleans up as a failed one does (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))
    admin = psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True)
    work = Path(tempfile.mkdtemp(prefix="bench-hosts-"))
    processes: list[subprocess.Popen] = []
    secret = secrets.token_urlsafe(50)
    network_down()  # what a killed earlier run left
    try:
        held = max(opts.teachers, 200)
        template = load.template_name(held)
        lb_base = f"http://{addr('lb')}:{PORT}"

        def env_for(database: str, files: Path, *, db_host: str = "127.0.0.1", redis: str = "127.0.0.1:6379/13"):
            return {
                **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_"))},
                "DJANGO_SETTINGS_MODULE": "config.settings.production",
                "DATABASE_URL": f"postgres://postgres@{db_host}:5432/{database}",
                "REDIS_URL": f"redis://{redis}",
                "SECRET_KEY": secret,
                "DEBUG": "False",
                "ALLOWED_HOSTS": ",".join(addr(h) for h in ("lb", "web1", "web2")),
                "SITE_URL": lb_base,
                "SECURE_SSL_REDIRECT": "False",
                "TRUSTED_PROXIES": "1",
                "MEDIA_ROOT": str(files / "media"),
                "PRIVATE_MEDIA_ROOT": str(files / "private"),
                "CERTIFICATE_KEY_DIR": str(files / "keys"),
                "Q_WORKERS": "1",
                "LOG_LEVEL": "WARNING",
            }

        load_opts = argparse.Namespace(held=held, fresh=False)
        template_files, plan = load.template_ensure(admin, template, env_for, load_opts)
        files = work / "files"
        shutil.copytree(template_files, files)
        network_up()
        database_url = postgres_up(work, template)
        processes.append(subprocess.Popen(
            [*ns("redis"), "redis-server", "--bind", addr("redis"), "--port", "6379", "--save", "", "--appendonly",
             "no", "--protected-mode", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        ))  # fmt: skip
        env = env_for("bench_hosts", files, db_host=addr("db"), redis=f"{addr('redis')}:6379/0")
        load.run(["collectstatic", "--noinput"], env)
        log = open(work / "servers.log", "w")  # noqa: SIM115 - closed at the end
        results = {}
        for count in (int(s) for s in opts.steps.split(",")):
            # Each step on its own copy of the database and an empty Redis: the same teachers sit the exam afresh.
            database = f"bench_hosts_{count}"
            sh(*ns("db"), "createdb", "-h", addr("db"), "-U", "postgres", "-T", "bench_hosts", database)
            sh(*ns("redis"), "redis-cli", "-h", addr("redis"), "flushall")
            step_env = env_for(database, files, db_host=addr("db"), redis=f"{addr('redis')}:6379/0")
            web_hosts = ["web1", "web2"][:count]
            step = [subprocess.Popen(
                [*ns(host), load.PY, "-m", "gunicorn", "config.wsgi", "--workers", str(opts.web_workers), "--bind",
                 f"{addr(host)}:{PORT}", "--timeout", "60", "--log-level", "warning"],
                cwd=load.ROOT, env=step_env, stdout=log, stderr=subprocess.STDOUT,
            ) for host in web_hosts]  # fmt: skip
            step.append(subprocess.Popen(
                [*ns("worker"), "nice", "-n", "10", load.PY, "manage.py", "qcluster"], cwd=load.ROOT, env=step_env,
                stdout=log, stderr=subprocess.STDOUT,
            ))  # fmt: skip
            processes.extend(step)
            for host in web_hosts:
                for _ in range(300):
                    probe = subprocess.run([*ns("lb"), load.PY, "-c", "import urllib.request as u; u.urlopen("
                                            f"'http://{addr(host)}:{PORT}/framework/', timeout=2)"],
                                           capture_output=True)  # fmt: skip
                    if probe.returncode == 0:
                        break
                    time.sleep(0.5)
                else:
                    raise RuntimeError(f"{host} did not answer; see {log.name}")
            client_opts = {"teachers": opts.teachers, "ramp": opts.ramp, "think": opts.think, "right": opts.right,
                           "database_url": database_url.rsplit("/", 1)[0] + "/" + database,
                           "lessons": plan["lessons"], "web_hosts": web_hosts}  # fmt: skip
            ran = subprocess.run([*ns("lb"), load.PY, __file__, "--client", json.dumps(client_opts)],
                                 capture_output=True, text=True, cwd=load.ROOT, env=step_env)  # fmt: skip
            results[count] = json.loads(ran.stdout.split("JSON", 1)[1]) if "JSON" in ran.stdout else None
            load_avg = " ".join(f"{v:.2f}" for v in os.getloadavg())
            for process in step:
                process.terminate()
            for process in step:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
            if results[count] is None:
                raise RuntimeError(f"the client failed: {ran.stderr[-1500:]}")
            results[count]["load"] = load_avg
            results[count]["growth"] = database_growth(database)
        print(f"\n{opts.teachers} teachers over {opts.ramp:.0f} s, think x{opts.think:g}; hosts: PostgreSQL "
              f"{addr('db')} (own instance), Redis {addr('redis')} (own instance), worker {addr('worker')}, "
              f"gunicorn {opts.web_workers} workers per web host, round-robin balancer {addr('lb')}")  # fmt: skip
        for count, result in results.items():
            print(f"\n== {count} web host{'s' if count > 1 else ''}: done in {result['elapsed']:.0f} s, "
                  f"{result['unfinished']} not done, load average {result['load']}")  # fmt: skip
            size, rows = result["growth"]
            print(f"  database grew {size / 1e6:.1f} MB, {rows} rows: {size / opts.teachers / 1e3:.0f} kB and "
                  f"{rows / opts.teachers:.0f} rows per teacher (one exam sitting, three lessons)")  # fmt: skip
            print(f"  {'step':<11} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}  budget")
            for step, s in result["steps"].items():
                budget = load.BUDGET_MS.get(step)
                verdict = "" if budget is None else f"p95 < {budget} ms: {'ok' if s['p95'] < budget else 'OVER'}"
                print(f"  {step:<11} {s['n']:>8} {s['p50']:>8.0f} {s['p95']:>8.0f} {s['p99']:>8.0f} "
                      f"{s['errors']:>7}  {verdict}")  # fmt: skip
                if s["first_error"]:
                    print(f"    first error: {s['first_error'][:200]}")
    finally:
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        pgdata = work / "pgdata"
        if (pgdata / "postmaster.pid").exists():
            sh("runuser", "-u", "postgres", "--", "pg_ctl", "-D", str(pgdata), "-m", "immediate", "stop", check=False)
        network_down()
        admin.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
