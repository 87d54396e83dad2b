"""Cohort report benchmark: 10,000 teachers in 200 cohorts with 20 attempts each; time and SQL queries of the
heatmap, funnel, teacher table and programme overview (selector, then the whole page through the test client).

    .venv/bin/python bench/reports.py                      # SQLite, a throwaway file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ictcft_cohorts .venv/bin/python bench/reports.py
    .venv/bin/python bench/reports.py --teachers 1000 --keep /tmp/bench.sqlite3   # smaller; build once, reuse

On PostgreSQL the named database is dropped and created again, unless --keep reuses one built before. Rows are
made with bulk_create. Budget: each page under 1 s on PostgreSQL, and the same number of queries for a cohort of 5
as for one of 50, and for a country of 250 teachers as for all 10,000.
"""

import argparse
import io
import logging
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="bench-reports-"))
URL = os.environ.get("DATABASE_URL", "")
parser = argparse.ArgumentParser()
parser.add_argument("--repeat", type=int, default=3)
parser.add_argument("--teachers", type=int, default=10_000)
parser.add_argument("--cohorts", type=int, default=200)
parser.add_argument("--keep", default="", help="reuse the database built by an earlier run (SQLite: this file)")
ARGS = parser.parse_args()
if not URL.startswith("postgres"):
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(ARGS.keep).resolve() if ARGS.keep else WORK / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.pop("REDIS_URL", None)


def recreate_postgres(url: str, *, keep: bool) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        if keep and conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


if URL.startswith("postgres"):
    recreate_postgres(URL, keep=bool(ARGS.keep))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

settings.MEDIA_ROOT = WORK / "media"
settings.DEBUG = False
settings.ALLOWED_HOSTS = ["*"]
for name in ("wagtail", "django_q", "django_tasks", "django.request"):
    logging.getLogger(name).setLevel(logging.ERROR)

TEACHERS, COHORTS, ATTEMPTS = ARGS.teachers, ARGS.cohorts, 20
ABROAD = TEACHERS // 20  # the last 5 % teach in Ghana and Peru, the rest in Kenya


def build(rng: random.Random):
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Page, Site

    call_command("migrate", verbosity=0)
    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    from accounts.models import User
    from assessments.models import Assessment, Attempt
    from certificates.models import Certificate
    from cms.models import (
        CatalogPage,
        HomePage,
        LessonCompletion,
        LessonPage,
        ModuleAssessment,
        ModuleEnrolment,
        ModulePage,
    )
    from cohorts.models import Cohort, CohortMembership
    from competency.models import Competency, CompetencyMastery, Framework, LevelAttainment

    framework = Framework.objects.get(slug="ictcft-v3")
    ka = framework.levels.get(code="KA")
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="bench-home"))
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    catalog = home.add_child(instance=CatalogPage(title="Modules", slug="modules"))
    assessments, modules, lessons = [], [], {}
    for n, comp in enumerate(Competency.objects.filter(level=ka).order_by("aspect__order")[:3]):
        module = ModulePage(title=f"Module {n}", slug=f"m{n}", summary="Bench.", level=ka)
        module.competencies = [comp]
        catalog.add_child(instance=module)
        lessons[module.pk] = [
            module.add_child(instance=LessonPage(title=f"L{k}", slug=f"l{k}", body=[])) for k in range(3)
        ]
        assessment = Assessment.objects.create(title=f"A{n}", slug=f"a{n}", level=ka)
        ModuleAssessment.objects.create(page=module, assessment=assessment)
        modules.append(module)
        assessments.append(assessment)
    now = timezone.now()
    countries = [("Kenya", ["Nairobi", "Kisumu"]), ("Ghana", ["Accra"]), ("Peru", ["Lima", "Cusco"])]
    users = []
    for i in range(TEACHERS):
        country, regions = countries[0] if i < TEACHERS - ABROAD else countries[1 + i % 2]
        users.append(
            User(
                username=f"b{i:05d}",
                email=f"b{i:05d}@example.org",
                password="!",
                country=country,
                region=regions[i % len(regions)],
                school=f"School {i % 700}",
                date_joined=now - timedelta(days=rng.randint(0, 360)),
            )
        )
    User.objects.bulk_create(users, batch_size=2000)
    users = list(User.objects.filter(username__startswith="b").order_by("pk"))
    teacher_group = Group.objects.get(name="Teacher")
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=teacher_group.pk) for u in users], batch_size=5000
    )
    admin = User.objects.create_user("bench-admin", password="x", is_superuser=True, is_staff=True)
    cohorts = Cohort.objects.bulk_create(
        [Cohort(name=f"Cohort {c}", join_code=f"BENCH{c:04d}") for c in range(COHORTS)]
    )
    per = TEACHERS // COHORTS
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohorts[i // per], user=u) for i, u in enumerate(users)], batch_size=5000
    )
    small = Cohort.objects.create(name="Small", join_code="BENCHSMALL")
    CohortMembership.objects.bulk_create([CohortMembership(cohort=small, user=u) for u in users[:5]])
    competencies = list(Competency.objects.filter(framework=framework))
    masteries, enrolments, completions, attempts, attainments, certificates = [], [], [], [], [], []
    for u in users:
        for c in rng.sample(competencies, rng.randint(0, 8)):
            masteries.append(
                CompetencyMastery(
                    user=u, competency=c, status="mastered", score=90, mastered_at=now - timedelta(days=3)
                )
            )
        for m in modules:
            if rng.random() < 0.8:
                enrolments.append(ModuleEnrolment(user=u, module=m, completed_at=now if rng.random() < 0.4 else None))
                for lesson in lessons[m.pk][: rng.randint(0, 3)]:
                    completions.append(LessonCompletion(user=u, lesson=lesson, module=m, method="marked"))
        for k in range(ATTEMPTS):
            passed = rng.random() < 0.3
            attempts.append(
                Attempt(
                    assessment=assessments[k % 3],
                    user=u,
                    number=k // 3 + 1,
                    status="graded",
                    seed=k,
                    started_at=now - timedelta(days=rng.randint(0, 300)),
                    closed_at=now,
                    score=80 if passed else 40,
                    passed=passed,
                )
            )
        if rng.random() < 0.3:
            attainments.append(LevelAttainment(user=u, level=ka, attained_at=now - timedelta(days=rng.randint(0, 300))))
            certificates.append(
                Certificate(
                    code=f"B-{u.pk}",
                    code_digest=f"{u.pk:064d}",
                    user=u,
                    level=ka,
                    framework_slug="ictcft-v3",
                    framework_version="3",
                    issued_at=now - timedelta(days=rng.randint(0, 300)),
                    expires_at=now + timedelta(days=rng.randint(-30, 400)),
                )
            )
        if len(attempts) > 20000:
            Attempt.objects.bulk_create(attempts, batch_size=5000)
            attempts = []
    for rows, model in [
        (attempts, Attempt),
        (masteries, CompetencyMastery),
        (enrolments, ModuleEnrolment),
        (completions, LessonCompletion),
        (attainments, LevelAttainment),
        (certificates, Certificate),
    ]:
        model.objects.bulk_create(rows, batch_size=5000)
    return admin, cohorts[0], small


def reuse():
    """The admin and the two measured cohorts of an earlier build in the same database, or Nones."""
    from django.db import DatabaseError

    from accounts.models import User
    from cohorts.models import Cohort

    try:
        admin = User.objects.filter(username="bench-admin").first()
    except DatabaseError:
        return None, None, None
    if admin is None:
        return None, None, None
    return admin, Cohort.objects.get(join_code="BENCH0000"), Cohort.objects.get(join_code="BENCHSMALL")


def measure(label: str, fn, repeat: int = 3) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    fn()  # warm
    samples, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000)
        queries = len(ctx.captured_queries)
    return statistics.median(samples), queries


def main() -> None:
    args = ARGS
    from django.db import connection
    from django.test import Client

    from cohorts.permissions import Scope
    from cohorts.selectors import cohort as reports
    from cohorts.selectors.overview import programme_overview, programme_trend

    started = time.perf_counter()
    admin, big, small = reuse() if args.keep else (None, None, None)
    if admin is None:
        admin, big, small = build(random.Random(1))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(
        f"database: {connection.vendor}; built {TEACHERS} teachers, {COHORTS} cohorts, "
        f"{TEACHERS * ATTEMPTS} attempts in {time.perf_counter() - started:.0f} s"
    )
    client = Client()
    client.force_login(admin)
    everyone, one_country = Scope(), Scope(country="Ghana")
    cases = [
        ("heatmap (selector)", lambda c: reports.cohort_heatmap(cohort=c), True),
        ("funnel (selector)", lambda c: reports.cohort_funnel(cohort=c), True),
        ("teacher table (selector)", lambda c: reports.cohort_teachers(cohort=c), True),
        ("heatmap page", lambda c: client.get(f"/cohorts/{c.pk}/reports/heatmap/"), True),
        ("funnel page", lambda c: client.get(f"/cohorts/{c.pk}/reports/funnel/"), True),
        ("teacher table page", lambda c: client.get(f"/cohorts/{c.pk}/reports/teachers/?sort=-last_active"), True),
        ("teacher table XLSX", lambda c: client.get(f"/cohorts/{c.pk}/reports/teachers/?format=xlsx"), True),
    ]
    print(f"{'report':34} {'50 teachers':>14} {'queries':>8} {'5 teachers':>12} {'queries':>8}")
    for label, fn, _cohort in cases:
        ms_big, q_big = measure(label, lambda fn=fn: fn(big), args.repeat)
        ms_small, q_small = measure(label, lambda fn=fn: fn(small), args.repeat)
        flag = "" if q_big == q_small else "  QUERY COUNT DEPENDS ON SIZE"
        print(f"{label:34} {ms_big:11.1f} ms {q_big:8d} {ms_small:9.1f} ms {q_small:8d}{flag}")
    everyone_label, ghana_label = f"{TEACHERS:,} teachers", f"{ABROAD // 2} (Ghana)"
    print(f"{'programme report':34} {everyone_label:>14} {'queries':>8} {ghana_label:>12} {'queries':>8}")
    overview_cases = [
        ("overview (selector)", lambda s: programme_overview(scope=s)),
        ("trend, 12 months (selector)", lambda s: programme_trend(scope=s)),
    ]
    for label, fn in overview_cases:
        ms_all, q_all = measure(label, lambda fn=fn: fn(everyone), args.repeat)
        ms_one, q_one = measure(label, lambda fn=fn: fn(one_country), args.repeat)
        flag = "" if q_all == q_one else "  QUERY COUNT DEPENDS ON SIZE"
        print(f"{label:34} {ms_all:11.1f} ms {q_all:8d} {ms_one:9.1f} ms {q_one:8d}{flag}")
    ms, q = measure("overview page", lambda: client.get("/cohorts/overview/?by=school"), args.repeat)
    print(f"{'overview page (by school, all)':34} {ms:11.1f} ms {q:8d}")
    print(f"total bench time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
