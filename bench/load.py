"""Load test: 200 teachers sitting the Level 1 exam on a production-like server, then a check of the database.

    .venv/bin/python bench/load.py [--teachers 200] [--ramp 50] [--think 1.0] [--right 0.75] [--port 8765]

Loopback only; the load phase is cut at 120 s. A scratch PostgreSQL database (127.0.0.1:5432, user postgres, trust
auth) is made from a template database holding the migrated schema, ICT-CFT v3, the demo and the teachers: the
template is built once per state of the migrations and demo files (about a minute) and reused afterwards (seconds).
Then gunicorn (4 workers, config.wsgi, config.settings.production with DEBUG off, whitenoise) and 2 `qcluster`
processes on a spare Redis database serve it; the workers run at a lower CPU priority (nice 10), as the README
advises when web and workers share a host, so that issuing certificates waits for the teachers' requests.

The teachers arrive one by one over the ramp, like a class logging in at the start of a session, and pause between
steps (think time: reading a lesson for a few seconds, a second or two per question). Each signs in (allauth form
with CSRF), reads three lessons, starts the Level 1 exam, opens every question, autosaves an answer (changing its
mind on every third question: the second save must win) and submits. Three teachers in four know the answers (the
key is read from their attempt in the database, as a teacher who studied would know it), so they attain Level 1
and their certificates are issued by the workers during the load; the others answer wrongly.

Prints p50/p95/p99 per step and the errors beside the budgets (p95 < 300 ms lesson and autosave, < 800 ms submit,
0 errors), then checks from the database: every submitted attempt graded exactly once, every autosaved answer
stored as last sent, every attained level with exactly one certificate and one PDF. The scratch database, the
processes and the files are removed at the end; the template stays for the next run (`--fresh` rebuilds it).
"""

import argparse
import asyncio
import hashlib
import json
import os
import random
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

import aiohttp
import psycopg

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PASSWORD = "load-test-pw-1"
EXAM = "exam-ka"
BUDGET_MS = {"lesson": 300, "autosave": 300, "submit": 800}
STEPS = ("login page", "sign in", "lesson", "start", "question", "autosave", "submit")
LIMIT_S = 120
REDIS_DB = 13  # spare: CI uses 0, the test workers their key prefixes
# What the template database depends on: a change to any of these builds a new one.
TEMPLATE_INPUTS = ("*/migrations/*.py", "cms/demo/**/*", "assessments/demo/**/*", "competency/data/**/*")

SETUP = """
import json
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from accounts.models import User
from cms.models import LessonPage
n = int(__import__("sys").argv[1])
hashed = make_password("PASSWORD")  # one hash for all: hashing 200 times would only slow the setup
users = User.objects.bulk_create(
    [User(username=f"load{i:03d}", email=f"load{i:03d}@example.org", legal_name=f"Load Teacher {i}", password=hashed)
     for i in range(n)]
)
teacher = Group.objects.get(name="Teacher")
User.groups.through.objects.bulk_create([User.groups.through(user_id=u.pk, group_id=teacher.pk) for u in users])
from allauth.account.models import EmailAddress
EmailAddress.objects.bulk_create(
    [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users]  # sign-in needs it
)
lessons = [p.get_url() for p in LessonPage.objects.live().order_by("path")[:3]]
print("JSON" + json.dumps({"lessons": lessons}))
""".replace("PASSWORD", PASSWORD)


def run(args: list[str], env: dict, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True, **kw)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def answer_form(question: dict, *, right: bool) -> list[tuple[str, str]]:
    """The form fields a teacher sends for one frozen question: the right answer from its key, or a wrong one."""
    key, t = question["key"], question["type"]
    tokens = [o["token"] for o in question.get("options", [])]
    if t == "single":
        wrong = next(tok for tok in tokens if tok != key["correct"])
        return [("response", key["correct"] if right else wrong)]
    if t == "multiple":
        picks = key["correct"] if right else [tok for tok in tokens if tok not in key["correct"]][:1]
        return [("response", tok) for tok in picks]
    if t == "true_false":
        return [("response", "true" if key["correct"] == right else "false")]
    if t == "numeric":
        value = key.get("answer") or key["min"]
        return [("response", value if right else str(float(value) + 1000))]
    if t == "short_text":
        return [("response", key["accepted"][0].replace("*", "x") if right else "no idea")]
    if t == "ordering":
        order = key["order"] if right else list(reversed(key["order"]))
        return [(f"rank-{tok}", str(place)) for place, tok in enumerate(order, start=1)]
    if t == "matching":
        pairs = list(key["pairs"].items())
        choices = [c for _, c in pairs] if right else [c for _, c in pairs[1:] + pairs[:1]]
        return [(f"match-{tok}", choice) for (tok, _), choice in zip(pairs, choices, strict=True)]
    return [("text", "My lesson plan uses the projector for a shared reading." if right else "-")]


class Teacher:
    def __init__(self, n: int, base: str, session: aiohttp.ClientSession, timings, errors, opts, keys):
        self.n, self.base, self.session, self.timings, self.errors = n, base, session, timings, errors
        self.keys = keys  # reads an attempt's frozen questions (with keys) from the database
        self.rng = random.Random(n)
        self.think_scale = opts.think
        self.right = self.rng.random() < opts.right
        self.cookies: dict[str, str] = {}
        # Behind the (simulated) proxy each teacher has an address: the login throttle counts per client.
        self.headers = {"X-Forwarded-For": f"10.{n // 250}.{n % 250}.7", "X-Forwarded-Proto": "https"}
        self.saved: dict[int, list] = {}
        self.attempt = ""
        self.finished = False

    async def think(self, low: float, high: float) -> None:
        await asyncio.sleep(self.rng.uniform(low, high) * self.think_scale)

    async def request(self, step: str, method: str, path: str, data=None, expect=(200,)) -> str:
        headers = {**self.headers, "Referer": f"{self.base.replace('http://', 'https://')}{path}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if "csrftoken" in self.cookies:
            headers["X-CSRFToken"] = self.cookies["csrftoken"]
        started = time.perf_counter()
        try:
            async with self.session.request(
                method, self.base + path, data=data, headers=headers, allow_redirects=False
            ) as response:
                body = await response.text()
                for cookie in response.cookies.values():
                    self.cookies[cookie.key] = cookie.value
                self.timings[step].append((time.perf_counter() - started) * 1000)
                if response.status not in expect:
                    self.errors[step].append(f"{method} {path}: {response.status}")
                self.location = response.headers.get("Location", "")
                return body
        except Exception as exc:  # a refused connection or a timeout is an error of that step, not a crash
            self.errors[step].append(f"{method} {path}: {exc!r}")
            return ""

    async def sign_in(self) -> bool:
        page = await self.request("login page", "GET", "/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if not token:
            self.errors["login page"].append("no CSRF token")
            return False
        await self.think(1, 3)  # typing the name and password
        form = {"csrfmiddlewaretoken": token.group(1), "login": f"load{self.n:03d}", "password": PASSWORD}
        await self.request("sign in", "POST", "/accounts/login/", form, expect=(302,))
        if "sessionid" not in self.cookies:
            self.errors["sign in"].append(f"not signed in (sent to {self.location})")
            return False
        return True

    async def journey(self, lessons: list[str], start_after: float) -> None:
        await asyncio.sleep(start_after)
        if not await self.sign_in():
            return
        for lesson in lessons:
            await self.request("lesson", "GET", lesson)
            await self.think(3, 6)
        await self.request("start", "POST", f"/assessments/{EXAM}/start/", {}, expect=(302,))
        match = re.search(r"/assessments/attempt/([0-9a-f-]{36})/", self.location)
        if not match:
            self.errors["start"].append(f"no attempt in {self.location!r}")
            return
        self.attempt = match.group(1)
        questions = await self.keys(self.attempt)
        seq = 0
        for position, question in enumerate(questions):
            await self.request("question", "GET", f"/assessments/attempt/{self.attempt}/q/{position + 1}/")
            await self.think(1, 2.5)
            # Every third question the teacher changes their mind: the second save is the one that must be stored.
            answers = [answer_form(question, right=not self.right)] if position % 3 == 2 else []
            answers.append(answer_form(question, right=self.right))
            for fields in answers:
                seq += 1
                form = [("position", str(position)), ("seq", str(seq)), *fields]
                await self.request("autosave", "POST", f"/assessments/attempt/{self.attempt}/save/", form)
                self.saved[position] = fields
                await self.think(0.3, 1)
        await self.request("submit", "POST", f"/assessments/attempt/{self.attempt}/submit/", {}, expect=(302,))
        self.finished = True


async def load(base: str, database_url: str, lessons: list[str], opts):
    timings, errors = defaultdict(list), defaultdict(list)
    connector = aiohttp.TCPConnector(limit=opts.teachers)
    # Waiting for a free connection counts in the step's time (it is what the teacher waits), not in the timeout.
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=15, sock_read=60)
    async with (
        await psycopg.AsyncConnection.connect(database_url, autocommit=True) as db,
        aiohttp.ClientSession(connector=connector, timeout=timeout, cookie_jar=aiohttp.DummyCookieJar()) as session,
    ):
        lock = asyncio.Lock()

        async def keys(uuid: str) -> list[dict]:
            async with lock:
                row = await (
                    await db.execute("SELECT snapshot FROM assessments_attempt WHERE uuid = %s", [uuid])
                ).fetchone()
            return row[0]["questions"]

        teachers = [Teacher(i, base, session, timings, errors, opts, keys) for i in range(opts.teachers)]
        started = time.perf_counter()
        tasks = [
            asyncio.create_task(t.journey(lessons, start_after=i * opts.ramp / opts.teachers))
            for i, t in enumerate(teachers)
        ]
        done, pending = await asyncio.wait(tasks, timeout=LIMIT_S)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        elapsed = time.perf_counter() - started
    unfinished = [t.n for t in teachers if not t.finished]
    if pending:
        errors["submit"].append(f"{len(pending)} teachers not done when the {LIMIT_S} s limit cut the run")
    return teachers, timings, errors, elapsed, unfinished


CHECK = """
import json, sys
from pathlib import Path
from django.http import QueryDict
from assessments.forms import response_from_form
from assessments.models import Answer, Attempt
from assessments.services import SOURCE_TYPE
from assessments.services.responses import response_clean
from certificates.models import Certificate
from competency.models import CompetencyEvidence, LevelAttainment
expected = json.loads(Path(sys.argv[1]).read_text())
out = {"attempts": 0, "passed": 0, "not_graded": [], "evidence_wrong": [], "answers": 0, "answers_wrong": []}
for uuid, saved in expected.items():
    attempt = Attempt.objects.get(uuid=uuid)
    out["attempts"] += 1
    out["passed"] += bool(attempt.passed)
    if attempt.status != "graded" or attempt.score is None:
        out["not_graded"].append(uuid)
    sources = CompetencyEvidence.objects.filter(source_type=SOURCE_TYPE, source_id=str(attempt.pk))
    per_competency = sources.values_list("competency_id", flat=True)
    if len(per_competency) != len(set(per_competency)) or not per_competency:
        out["evidence_wrong"].append(uuid)
    stored = dict(Answer.objects.filter(attempt=attempt).values_list("position", "response"))
    for position, fields in saved.items():
        out["answers"] += 1
        question = attempt.questions[int(position)]
        form = QueryDict(mutable=True)
        for name, value in fields:
            form.appendlist(name, value)
        sent = json.loads(json.dumps(response_clean(question=question, response=response_from_form(question, form))))
        if stored.get(int(position)) != sent:
            out["answers_wrong"].append((uuid, position))
attained = LevelAttainment.objects.filter(user__username__startswith="load")
out["attained"] = attained.count()
certificates = Certificate.objects.filter(user__username__startswith="load")
out["certificates"] = certificates.count()
out["one_per_attainment"] = all(Certificate.objects.filter(attainment=a).count() == 1 for a in attained)
out["pdfs"] = sum(1 for c in certificates if c.pdf and Path(c.pdf.path).is_file())
print("JSON" + json.dumps(out))
"""


def template_name(teachers: int) -> str:
    digest = hashlib.sha1(str(teachers).encode())  # teachers: how many the template holds (at least 200)
    for pattern in TEMPLATE_INPUTS:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file():
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return f"bench_load_tpl_{digest.hexdigest()[:12]}"


def template_ensure(admin, name: str, env_for, opts) -> tuple[Path, dict]:
    """The template database and its files (media, keys), built when missing. Older templates are dropped."""
    files = Path(tempfile.gettempdir()) / name
    exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    if exists and not opts.fresh and (files / "plan.json").is_file():
        return files, json.loads((files / "plan.json").read_text())
    for (old,) in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE 'bench_load_tpl_%'").fetchall():
        admin.execute(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)')
        shutil.rmtree(Path(tempfile.gettempdir()) / old, ignore_errors=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    env = env_for(name, files)
    run(["migrate", "--noinput"], env)
    run(["createcachetable"], env)
    run(["load_framework", "ictcft-v3"], env)
    run(["load_demo"], env)
    found = run(["shell", "-c", SETUP.replace('int(__import__("sys").argv[1])', str(opts.held))], env)
    plan = json.loads(found.stdout.split("JSON", 1)[1])
    files.mkdir(parents=True, exist_ok=True)
    (files / "plan.json").write_text(json.dumps(plan))
    return files, plan


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--teachers", type=int, default=200)
    parser.add_argument("--ramp", type=float, default=50, help="seconds over which the teachers arrive")
    parser.add_argument("--think", type=float, default=1.0, help="scale of the pauses between steps (0: none)")
    parser.add_argument("--right", type=float, default=0.75, help="share of teachers who answer right")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker (1: sync workers)")
    parser.add_argument(
        "--worker-nice", type=int, default=10, help="CPU niceness of the qcluster workers (README: one host for all)"
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--fresh", action="store_true", help="rebuild the template database")
    opts = parser.parse_args()
    overall = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    name = f"bench_load_{os.getpid()}"
    try:
        admin = psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True)
        subprocess.run(["redis-cli", "-n", str(REDIS_DB), "ping"], check=True, capture_output=True, timeout=5)
    except (psycopg.OperationalError, OSError, subprocess.SubprocessError) as exc:
        print(f"load test skipped: needs PostgreSQL on 127.0.0.1:5432 (user postgres) and Redis on 6379 ({exc})")
        return
    base = f"http://127.0.0.1:{opts.port}"
    secret = secrets.token_urlsafe(50)

    def env_for(database: str, files: Path) -> dict:
        return {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_"))},
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
            "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
            "SECRET_KEY": secret,
            "DEBUG": "False",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": base,
            "SECURE_SSL_REDIRECT": "False",
            "TRUSTED_PROXIES": "1",
            "MEDIA_ROOT": str(files / "media"),
            "PRIVATE_MEDIA_ROOT": str(files / "private"),
            "CERTIFICATE_KEY_DIR": str(files / "keys"),
            "Q_WORKERS": "1",
            "LOG_LEVEL": "WARNING",
        }

    processes: list[subprocess.Popen] = []
    try:
        subprocess.run(["redis-cli", "-n", str(REDIS_DB), "flushdb"], check=True, capture_output=True)
        started = time.perf_counter()
        # A smaller run uses the first teachers of the usual template rather than building another.
        opts.held = max(opts.teachers, 200)
        template = template_name(opts.held)
        template_files, plan = template_ensure(admin, template, env_for, opts)
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        files = work / "files"
        shutil.copytree(template_files, files)
        env = env_for(name, files)
        run(["collectstatic", "--noinput"], env)
        took = time.perf_counter() - started
        print(f"setup (database from template {template}, {opts.held} teachers, static files): {took:.1f} s")
        print(f"exam {EXAM}, lessons {', '.join(plan['lessons'])}")
        log = open(work / "server.log", "w")  # noqa: SIM115 - closed with the processes
        processes.append(
            subprocess.Popen(
                [PY, "-m", "gunicorn", "config.wsgi", "--workers", "4", "--bind", f"127.0.0.1:{opts.port}",
                 *(["--worker-class", "gthread", "--threads", str(opts.threads)] if opts.threads > 1 else []),
                 "--timeout", "60", "--log-level", "warning"],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        )  # fmt: skip
        for _ in range(2):
            processes.append(
                subprocess.Popen(
                    ["nice", "-n", str(opts.worker_nice), PY, "manage.py", "qcluster"], cwd=ROOT, env=env,
                    stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                )
            )  # fmt: skip
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/framework/", timeout=2)
                break
            except Exception:
                time.sleep(0.2)
        teachers, timings, errors, elapsed, unfinished = asyncio.run(
            load(base, env["DATABASE_URL"], plan["lessons"], opts)
        )
        right = sum(t.right for t in teachers)
        print(
            f"\n{opts.teachers} teachers ({right} answering right) arriving over {opts.ramp:.0f} s, think time x"
            f"{opts.think:g}: done after {elapsed:.1f} s, {len(unfinished)} not done"
            f" (gunicorn 4 workers, 2 qcluster at nice {opts.worker_nice}, PostgreSQL, Redis)"
        )
        print(f"  {'step':<11} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}  budget")
        total_errors = 0
        for step in STEPS:
            values, errs = timings[step], errors[step]
            total_errors += len(errs)
            p95 = percentile(values, 95)
            budget = BUDGET_MS.get(step)
            verdict = "" if budget is None else f"p95 < {budget} ms: {'ok' if p95 < budget else 'OVER'}"
            print(
                f"  {step:<11} {len(values):>8} {percentile(values, 50):>8.0f} {p95:>8.0f}"
                f" {percentile(values, 99):>8.0f} {len(errs):>7}  {verdict}"
            )
        requests = sum(len(v) for v in timings.values())
        print(f"  {requests} requests, {requests / elapsed:.0f} per second")
        print(f"  errors: {total_errors} (budget 0: {'ok' if total_errors == 0 else 'OVER'})")
        for step, errs in errors.items():
            for line in errs[:3]:
                print(f"    {step}: {line}")

        expected = {t.attempt: t.saved for t in teachers if t.finished}
        (work / "expected.json").write_text(json.dumps(expected))
        # The certificates are issued by the workers: wait for them (bounded), then check.
        waited = time.perf_counter()
        deadline = waited + 60
        check = CHECK.replace("sys.argv[1]", repr(str(work / "expected.json")))
        while True:
            result = json.loads(run(["shell", "-c", check], env).stdout.split("JSON", 1)[1])
            if result["pdfs"] >= result["attained"] or time.perf_counter() > deadline:
                break
            time.sleep(2)
        waited = time.perf_counter() - waited
        print("\nthe database afterwards")
        print(f"  submitted attempts: {result['attempts']}, passed: {result['passed']}, not graded: "
              f"{len(result['not_graded'])}, graded more than once or without evidence: "
              f"{len(result['evidence_wrong'])}")  # fmt: skip
        print(f"  autosaved answers: {result['answers']}, not stored as last sent: {len(result['answers_wrong'])}")
        print(f"  levels attained: {result['attained']}, certificates: {result['certificates']}, "
              f"PDF files: {result['pdfs']}, exactly one per attainment: {result['one_per_attainment']} "
              f"(all issued {waited:.0f} s after the last submit)")  # fmt: skip
        ok = (
            total_errors == 0
            and not unfinished
            and result["attempts"] == opts.teachers
            and result["passed"] == right
            and not result["not_graded"]
            and not result["evidence_wrong"]
            and not result["answers_wrong"]
            and result["certificates"] == result["attained"] == result["pdfs"] == right
            and result["one_per_attainment"]
        )
        print(f"  checks: {'ok' if ok else 'FAILED'}; whole run {time.perf_counter() - overall:.0f} s")
        if not ok:
            sys.exit(1)
    finally:
        for process in processes:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(process.pid, signal.SIGKILL)
        subprocess.run(["redis-cli", "-n", str(REDIS_DB), "flushdb"], capture_output=True)
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
