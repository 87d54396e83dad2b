"""Bulk teacher import benchmark: a 5,000-line file (half e-mail, half phone; a fifth already registered) checked,
then applied, then applied again (nothing new), with the SQL query counts.

    .venv/bin/python bench/enrolment_import.py                 # SQLite, a throwaway file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ictcft_enrol .venv/bin/python bench/enrolment_import.py

The e-mails are sent by the task worker after the commit; here the queue runs inline (test settings) and is timed
apart. Budget: checking and applying 5,000 lines each well under the 120 s task/request timeout on 2 cores.
"""

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
parser = argparse.ArgumentParser()
parser.add_argument("--lines", type=int, default=5000)
ARGS = parser.parse_args()
URL = os.environ.get("DATABASE_URL", "")
if not URL.startswith("postgres"):
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(tempfile.mkdtemp(prefix='bench-enrol-')) / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.pop("REDIS_URL", None)

import logging  # noqa: E402

import django  # noqa: E402

django.setup()
logging.getLogger("django-q").setLevel(logging.WARNING)  # the inline queue logs every task

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

settings.ENROLMENT_MAX_ROWS = max(ARGS.lines, 5000)
call_command("migrate", verbosity=0, interactive=False)

from accounts.models import User  # noqa: E402
from cohorts.services import cohort_create  # noqa: E402
from enrolment.models import BulkImport, CohortInvitation  # noqa: E402
from enrolment.services import import_apply, import_check  # noqa: E402

trainer = User.objects.create_user(username="bench-trainer", password="x", email="trainer@bench.example")
cohorts = [cohort_create(name=f"Bench cohort {i}", trainer=trainer) for i in range(10)]
User.objects.bulk_create(
    [User(username=f"old{i}", email=f"teacher{i}@bench.example", password="!") for i in range(0, ARGS.lines // 5)]
)
out = io.StringIO()
out.write("name;email;phone;school;region;cohort;language\n")
for i in range(ARGS.lines):
    contact = f"teacher{i}@bench.example;" if i % 2 == 0 else f";+216 2{i:07d}"
    out.write(f"Teacher {i};{contact};School {i % 50};Region {i % 7};Bench cohort {i % 10};{'fr' if i % 3 else 'ar'}\n")
data = out.getvalue().encode()


def timed(label, fn):
    connection.queries_log.clear()  # the log keeps 9,000 queries: count each step from empty
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
    print(f"{label:<34} {elapsed:7.2f} s  {len(queries):6d} queries")
    return result


print(f"{ARGS.lines} lines, {len(data) // 1024} KiB, {connection.vendor}")
upload, preview = timed("check + preview", lambda: import_check(actor=trainer, data=data))
queued = []
from django.db import transaction  # noqa: E402

original = transaction.on_commit
transaction.on_commit = lambda fn, *a, **k: queued.append(fn)  # time the e-mails apart from the transaction
timed("apply (one transaction)", lambda: import_apply(actor=trainer, upload=upload))
transaction.on_commit = original
timed("send invitation e-mails (inline)", lambda: [fn() for fn in queued])
again, _ = import_check(actor=trainer, data=data)
users = User.objects.count()
timed("apply the same file again", lambda: import_apply(actor=trainer, upload=again))
assert User.objects.count() == users
counts = (User.objects.count(), CohortInvitation.objects.count(), BulkImport.objects.count())
print("accounts {}, invitations {}, imports {}".format(*counts))
