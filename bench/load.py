"""Load test: 200 teachers at once against a production-like server, then a check of what the database holds.

    .venv/bin/python bench/load.py [--teachers 200] [--port 8765]

Loopback only, at most ~120 s. Creates a scratch PostgreSQL database (127.0.0.1:5432, user postgres, trust auth),
migrates, loads ICT-CFT v3 and the demo, creates the teachers, starts gunicorn (4 workers, config.wsgi,
config.settings.production with DEBUG off, whitenoise) and 2 `qcluster` processes on a spare Redis database; each
simulated teacher signs in (allauth form with CSRF), reads lessons, autosaves answers and submits an attempt.
Prints p50/p95/p99 per step and the errors beside the budgets (p95 < 300 ms lesson and autosave, < 800 ms submit,
0 errors), then checks: every submitted attempt graded exactly once, every autosaved answer stored as last sent,
every attained level with exactly one certificate and one PDF. Everything is torn down at the end.
"""

import argparse
import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import aiohttp
import psycopg

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PASSWORD = "load-test-pw-1"
BUDGET_MS = {"lesson": 300, "autosave": 300, "submit": 800}
REDIS_DB = 13  # spare: CI uses 0, the test workers their key prefixes

SETUP = """
import json
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from accounts.models import User
from assessments.models import Assessment
from cms.models import LessonPage
n = int(__import__("sys").argv[1])
hashed = make_password("PASSWORD")
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
exams = [a for a in Assessment.objects.order_by("pk") if a.items.exists()
         and not a.items.filter(question__type="extended").exists()]
lessons = [p.get_url() for p in LessonPage.objects.live().order_by("path")[:3]]
print("JSON" + json.dumps({"exam": exams[0].slug, "lessons": lessons}))
""".replace("PASSWORD", PASSWORD)


def run(args: list[str], env: dict, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True, **kw)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class Teacher:
    def __init__(self, n: int, base: str, session: aiohttp.ClientSession, timings, errors):
        self.n, self.base, self.session, self.timings, self.errors = n, base, session, timings, errors
        self.cookies: dict[str, str] = {}
        # Behind the (simulated) proxy each teacher has an address: the login throttle counts per client.
        self.headers = {"X-Forwarded-For": f"10.{n // 250}.{n % 250}.7", "X-Forwarded-Proto": "https"}
        self.saved: dict[int, str] = {}
        self.attempt = ""

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

    async def sign_in(self) -> None:
        page = await self.request("login page", "GET", "/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if not token:
            self.errors["login page"].append("no CSRF token")
            return
        form = {"csrfmiddlewaretoken": token.group(1), "login": f"load{self.n:03d}", "password": PASSWORD}
        await self.request("sign in", "POST", "/accounts/login/", form, expect=(302,))
        if "sessionid" not in self.cookies:
            self.errors["sign in"].append(f"not signed in (sent to {self.location})")

    async def journey(self, exam: str, lessons: list[str]) -> None:
        if "sessionid" not in self.cookies:
            return
        for lesson in lessons:
            await self.request("lesson", "GET", lesson)
        await self.request("start", "POST", f"/assessments/{exam}/start/", {}, expect=(302,))
        match = re.search(r"/assessments/attempt/([0-9a-f-]{36})/", self.location)
        if not match:
            self.errors["start"].append(f"no attempt in {self.location!r}")
            return
        self.attempt = match.group(1)
        number, seq = 1, 0
        while True:
            html = await self.request(
                "question", "GET", f"/assessments/attempt/{self.attempt}/q/{number}/", expect=(200, 404)
            )
            tokens = re.findall(r'name="response" value="([^"]+)"', html)
            if not tokens:
                break
            # Two saves per question, the second a change of mind: the second must be what is stored.
            for choice in (tokens[0], tokens[-1]):
                seq += 1
                await self.request(
                    "autosave",
                    "POST",
                    f"/assessments/attempt/{self.attempt}/save/",
                    {"position": number - 1, "seq": seq, "response": choice},
                )
                self.saved[number - 1] = choice
            number += 1
        await self.request("submit", "POST", f"/assessments/attempt/{self.attempt}/submit/", {}, expect=(302,))


async def load(base: str, n: int, exam: str, lessons: list[str]):
    timings, errors = defaultdict(list), defaultdict(list)
    connector = aiohttp.TCPConnector(limit=64)
    # Waiting for a free connection counts in the step's time (it is what the teacher waits), not in the timeout.
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=15, sock_read=90)
    async with aiohttp.ClientSession(
        connector=connector, timeout=timeout, cookie_jar=aiohttp.DummyCookieJar()
    ) as session:
        teachers = [Teacher(i, base, session, timings, errors) for i in range(n)]
        # Two waves: everyone signs in (password hashing is the costliest request by design), then everyone
        # learns and takes the exam at once, so the budgets measure the learning steps under full concurrency.
        started = time.perf_counter()
        await asyncio.gather(*(t.sign_in() for t in teachers))
        signed_in = time.perf_counter() - started
        await asyncio.gather(*(t.journey(exam, lessons) for t in teachers))
        elapsed = time.perf_counter() - started
    return teachers, timings, errors, (signed_in, elapsed)


CHECK = """
import json, sys
from pathlib import Path
from assessments.models import Answer, Attempt
from assessments.services import SOURCE_TYPE
from certificates.models import Certificate
from competency.models import CompetencyEvidence, LevelAttainment
expected = json.loads(Path(sys.argv[1]).read_text())
out = {"attempts": 0, "not_graded": [], "evidence_wrong": [], "answers": 0, "answers_wrong": []}
for uuid, saved in expected.items():
    attempt = Attempt.objects.get(uuid=uuid)
    out["attempts"] += 1
    if attempt.status != "graded" or attempt.score is None:
        out["not_graded"].append(uuid)
    sources = CompetencyEvidence.objects.filter(source_type=SOURCE_TYPE, source_id=str(attempt.pk))
    per_competency = sources.values_list("competency_id", flat=True)
    if len(per_competency) != len(set(per_competency)) or not per_competency:
        out["evidence_wrong"].append(uuid)
    stored = dict(Answer.objects.filter(attempt=attempt).values_list("position", "response"))
    for position, token in saved.items():
        out["answers"] += 1
        value = stored.get(int(position))
        if value != token and value != [token]:  # a multiple-choice answer is stored as the list of its picks
            out["answers_wrong"].append((uuid, position))
attained = LevelAttainment.objects.filter(user__username__startswith="load")
out["attained"] = attained.count()
certificates = Certificate.objects.filter(user__username__startswith="load")
out["certificates"] = certificates.count()
out["one_per_attainment"] = all(Certificate.objects.filter(attainment=a).count() == 1 for a in attained)
out["pdfs"] = sum(1 for c in certificates if c.pdf and Path(c.pdf.path).is_file())
print("JSON" + json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--teachers", type=int, default=200)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--keep", metavar="NAME", help="keep (or reuse) the scratch database NAME: for debugging")
    opts = parser.parse_args()
    overall = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    name = opts.keep or f"bench_load_{os.getpid()}"
    try:
        admin = psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True)
        subprocess.run(["redis-cli", "-n", str(REDIS_DB), "ping"], check=True, capture_output=True, timeout=5)
    except (psycopg.OperationalError, OSError, subprocess.SubprocessError) as exc:
        print(f"load test skipped: needs PostgreSQL on 127.0.0.1:5432 (user postgres) and Redis on 6379 ({exc})")
        return
    reuse = bool(admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())
    if not reuse:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = f"http://127.0.0.1:{opts.port}"
    files = Path(tempfile.gettempdir()) / name if opts.keep else work
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{name}",
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "SECRET_KEY": secrets.token_urlsafe(50),
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
        if reuse:
            plan = json.loads((files / "plan.json").read_text())
        else:
            run(["migrate", "--noinput"], env)
            run(["createcachetable"], env)
            run(["collectstatic", "--noinput"], env)
            run(["load_framework", "ictcft-v3"], env)
            run(["load_demo"], env)
            found = run(["shell", "-c", SETUP.replace('int(__import__("sys").argv[1])', str(opts.teachers))], env)
            plan = json.loads(found.stdout.split("JSON", 1)[1])
            files.mkdir(parents=True, exist_ok=True)
            (files / "plan.json").write_text(json.dumps(plan))
        took = time.perf_counter() - started
        print(f"setup (database, migrate, framework, demo, {opts.teachers} teachers): {took:.1f} s")
        print(f"exam {plan['exam']}, lessons {', '.join(plan['lessons'])}")
        log = open(work / "server.log", "w")  # noqa: SIM115 - closed with the processes
        processes.append(
            subprocess.Popen(
                [PY, "-m", "gunicorn", "config.wsgi", "--workers", "4", "--bind", f"127.0.0.1:{opts.port}",
                 "--timeout", "60", "--log-level", "warning"],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        )  # fmt: skip
        for _ in range(2):
            processes.append(
                subprocess.Popen(
                    [PY, "manage.py", "qcluster"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )  # fmt: skip
        for _ in range(100):
            try:
                with psycopg.connect(env["DATABASE_URL"]):
                    pass
                import urllib.request

                urllib.request.urlopen(base + "/framework/", timeout=2)
                break
            except Exception:
                time.sleep(0.2)
        teachers, timings, errors, elapsed = asyncio.run(load(base, opts.teachers, plan["exam"], plan["lessons"]))
        print(
            f"\n{opts.teachers} teachers: signed in after {elapsed[0]:.1f} s, done after {elapsed[1]:.1f} s"
            " (gunicorn 4 workers, 2 qcluster, PostgreSQL, Redis)"
        )
        print(f"  {'step':<11} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}  budget")
        total_errors = 0
        for step in ("login page", "sign in", "lesson", "start", "question", "autosave", "submit"):
            values, errs = timings[step], errors[step]
            total_errors += len(errs)
            p95 = percentile(values, 95)
            budget = BUDGET_MS.get(step)
            verdict = "" if budget is None else f"p95 < {budget} ms: {'ok' if p95 < budget else 'OVER'}"
            print(
                f"  {step:<11} {len(values):>8} {percentile(values, 50):>8.0f} {p95:>8.0f}"
                f" {percentile(values, 99):>8.0f} {len(errs):>7}  {verdict}"
            )
        print(f"  errors: {total_errors} (budget 0: {'ok' if total_errors == 0 else 'OVER'})")
        for step, errs in errors.items():
            for line in errs[:3]:
                print(f"    {step}: {line}")

        expected = {t.attempt: t.saved for t in teachers if t.attempt}
        (work / "expected.json").write_text(json.dumps(expected))
        # The certificates are issued by the workers: wait for them (bounded), then check.
        deadline = time.perf_counter() + 40
        while True:
            result = json.loads(
                run(["shell", "-c", CHECK.replace("sys.argv[1]", repr(str(work / "expected.json")))], env).stdout.split(
                    "JSON", 1
                )[1]
            )
            if result["certificates"] >= result["attained"] or time.perf_counter() > deadline:
                break
            time.sleep(2)
        print("\nthe database afterwards")
        print(f"  submitted attempts: {result['attempts']}, not graded: {len(result['not_graded'])}, "
              f"graded more than once or without evidence: {len(result['evidence_wrong'])}")  # fmt: skip
        print(f"  autosaved answers: {result['answers']}, not stored as last sent: {len(result['answers_wrong'])}")
        print(f"  levels attained: {result['attained']}, certificates: {result['certificates']}, "
              f"PDF files: {result['pdfs']}, exactly one per attainment: {result['one_per_attainment']}")  # fmt: skip
        ok = (
            total_errors == 0
            and not result["not_graded"]
            and not result["evidence_wrong"]
            and not result["answers_wrong"]
            and result["certificates"] == result["attained"] == result["pdfs"]
            and result["one_per_attainment"]
        )
        print(f"  checks: {'ok' if ok else 'FAILED'}; whole run {time.perf_counter() - overall:.0f} s")
    finally:
        for process in processes:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(process.pid, signal.SIGKILL)
        subprocess.run(["redis-cli", "-n", str(REDIS_DB), "flushdb"], capture_output=True)
        if not opts.keep:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
