"""Grading throughput and submit latency, in-process on a throwaway test database.

    .venv/bin/python bench/grading.py [--runs 15]

Prints attempts graded per second, the median submit request time for attempts of 10, 50 and 100
questions, and the SQL queries each submit makes (constant: no query per question).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

SIZES = (10, 50, 100)


def _database():
    # Tables straight from the models: migrations would dominate the run without changing the figures.
    settings.MIGRATION_MODULES = {app.label: None for app in django.apps.apps.get_app_configs()}
    setup_test_environment()
    return connection.creation.create_test_db(verbosity=0, autoclobber=True)


def _bank(size: int):
    from assessments.models import Assessment, AssessmentItem, Question, QuestionCompetency, QuestionOption
    from competency.models import Competency

    ka1 = Competency.objects.get(code="KA.1")
    assessment = Assessment.objects.create(slug=f"bench-{size}", title=f"Bench {size}", level=ka1.level)
    for i in range(size):
        kind = ("single", "true_false", "numeric", "multiple")[i % 4]
        q = Question.objects.create(
            type=kind,
            title=f"b{size}-{i}",
            text="?",
            correct_boolean=True,
            numeric_answer=42,
            numeric_tolerance=1,
            multiple_scoring="proportional",
        )
        if kind in ("single", "multiple"):
            QuestionOption.objects.bulk_create(
                [
                    QuestionOption(question=q, text="right", is_correct=True, sort_order=0),
                    QuestionOption(question=q, text="also", is_correct=kind == "multiple", sort_order=1),
                    QuestionOption(question=q, text="wrong", sort_order=2),
                ]
            )
        QuestionCompetency.objects.create(question=q, competency=ka1)
        AssessmentItem.objects.create(assessment=assessment, question=q, sort_order=i)
    return assessment


def _answered_attempt(user, assessment):
    from assessments import services

    attempt = services.attempt_start(user=user, assessment=assessment)
    for i, q in enumerate(attempt.questions):
        key = q["key"]
        response = {
            "single": key.get("correct"),
            "multiple": key.get("correct"),
            "true_false": "true",
            "numeric": "42",
        }[q["type"]]
        services.attempt_answer_save(attempt=attempt, user=user, position=i, response=response, seq=1)
    return attempt


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    old_name = connection.settings_dict["NAME"]
    _database()
    try:
        from django.core.management import call_command
        from django.test import Client

        from accounts.models import User
        from assessments import services
        from assessments.models import Attempt

        call_command("load_framework", "ictcft-v3", verbosity=0)
        user = User.objects.create_user(username="bench", password="bench-pw-123")
        banks = {size: _bank(size) for size in SIZES}
        client = Client()
        client.force_login(user)
        print(f"{'questions':>9} {'graded/s (in-process)':>22} {'median submit (ms)':>19} {'queries/submit':>15}")
        for size in SIZES:
            loaded = []
            for _ in range(args.runs):
                a = _answered_attempt(user, banks[size])
                # Closed without grading, so the next start is a new attempt and grading is timed alone.
                Attempt.objects.filter(pk=a.pk).update(status="awaiting_review", closed_at=a.started_at)
                loaded.append(Attempt.objects.get(pk=a.pk))
            t0 = time.perf_counter()
            for a in loaded:
                services.attempt_grade(attempt=a)
            rate = len(loaded) / (time.perf_counter() - t0)
            timings, queries = [], []
            for _ in range(args.runs):
                attempt = _answered_attempt(user, banks[size])
                with CaptureQueriesContext(connection) as ctx:
                    t0 = time.perf_counter()
                    response = client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
                    timings.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 302, response.status_code
                queries.append(len(ctx.captured_queries))
            print(f"{size:>9} {rate:>22.1f} {statistics.median(timings):>19.1f} {max(queries):>15}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
