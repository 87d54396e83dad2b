"""Faults on the PostgreSQL leg: concurrent submits, a worker killed mid-issue, a connection dropped during an
autosave, an unwritable media directory. They need real concurrent connections and server-side termination, so
they run where DATABASE_URL is PostgreSQL (CI's second leg); elsewhere they are left out of the run, and the run's
header says so (tests/conftest.py)."""

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from django.db import connection, connections
from django.utils import timezone

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def exam(framework_v3, make_user):
    """A teacher's attempt in progress on a one-question KA.1 exam, the right answer saved."""
    from assessments.models import Assessment, AssessmentItem, Question, QuestionCompetency, QuestionOption
    from assessments.services import attempt_answer_save, attempt_start

    teacher = make_user("teacher1")
    competency = framework_v3.competencies.get(code="KA.1")
    question = Question.objects.create(type="single", title="Q", text="Pick", points=Decimal("1"))
    QuestionOption.objects.create(question=question, text="Right", is_correct=True, sort_order=0)
    QuestionOption.objects.create(question=question, text="Wrong", sort_order=1)
    QuestionCompetency.objects.create(question=question, competency=competency, weight=Decimal("1"))
    assessment = Assessment.objects.create(slug="ka1", title="KA.1", level=competency.level)
    assessment.competencies.set([competency])
    AssessmentItem.objects.create(assessment=assessment, question=question, sort_order=0)
    attempt = attempt_start(user=teacher, assessment=assessment)
    right = next(o["token"] for o in attempt.questions[0]["options"] if o["text"] == "Right")
    attempt_answer_save(attempt=attempt, user=teacher, position=0, response=right, seq=1)
    return {"teacher": teacher, "attempt": attempt, "right": right, "competency": competency}


def test_fifty_concurrent_submits_grade_once(exam):
    from assessments.models import Attempt
    from assessments.services import SOURCE_TYPE, attempt_submit
    from competency.models import CompetencyEvidence

    attempt, teacher = exam["attempt"], exam["teacher"]
    barrier, results, errors = threading.Barrier(50), [], []

    def submit():
        try:
            mine = Attempt.objects.get(pk=attempt.pk)  # each thread: its own connection
            barrier.wait()
            results.append(attempt_submit(attempt=mine, user=teacher).score)
        except Exception as exc:  # collected: an exception in a thread would otherwise vanish
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    attempt.refresh_from_db()
    assert attempt.status == "graded" and attempt.score == Decimal("100")
    assert set(results) == {attempt.score}, "every submit answers with the one grading"
    evidence = CompetencyEvidence.objects.filter(source_type=SOURCE_TYPE, source_id=str(attempt.pk))
    assert evidence.count() == 1, "one piece of evidence per competency: graded exactly once"


# A real worker: queue the tasks named on the command line, then run `qcluster` until stopped. With KILL_MARKER set,
# the worker process dies (SIGKILL) while it issues a certificate: the row is written but not committed, the PDF
# not yet written.
CLUSTER = """
import os, signal, sys
from pathlib import Path
import django
django.setup()
marker = os.environ.get("KILL_MARKER")
if marker:
    import certificates.services.documents as documents
    def killed(**kwargs):
        Path(marker).write_text(str(os.getpid()))
        os.kill(os.getpid(), signal.SIGKILL)
    documents.certificate_pdf_sign = killed
from django_q.tasks import async_task
for spec in sys.argv[1:]:
    name, _, arg = spec.partition(":")
    async_task(name, *([int(arg)] if arg else []))
from django.core.management import call_command
call_command("qcluster")
"""
ISSUE = "certificates.tasks.certificate_issue_task"
SWEEP = "certificates.tasks.certificates_issue_pending_task"


def _pdf_files() -> list[Path]:
    from django.conf import settings

    return sorted(Path(settings.MEDIA_ROOT).rglob("*.pdf"))


def _cluster(tasks: list[str], *, queue: str, log: Path, kill_marker: Path | None = None) -> subprocess.Popen:
    from django.conf import settings

    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.fault_worker_settings",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "FAULT_QUEUE": queue,
        "FAULT_MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    env.pop("KILL_MARKER", None)
    if kill_marker is not None:
        env["KILL_MARKER"] = str(kill_marker)
    with log.open("a") as out:  # the cluster writes to its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-c", CLUSTER, *tasks], cwd=ROOT, env=env, stdout=out, stderr=out, start_new_session=True
        )


def _stop(cluster: subprocess.Popen) -> None:
    """Kill the whole cluster at once (main process, pusher, monitor, workers): what it had to do is checked already,
    and a crash is what a restart follows anyway."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(cluster.pid, signal.SIGKILL)
    cluster.wait(timeout=20)


def _wait_for(condition, *, cluster: subprocess.Popen, log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert cluster.poll() is None, f"the cluster stopped:\n{log.read_text()[-3000:]}"
        assert time.monotonic() < deadline, f"waited {seconds} s:\n{log.read_text()[-3000:]}"
        time.sleep(0.2)


def test_a_worker_killed_while_issuing_leaves_nothing_and_a_restarted_cluster_issues_exactly_once(
    framework_v3, make_user, tmp_path, settings
):
    from django_q.models import Task

    # A media directory of the test's own (the worker is told of it too): other test workers write PDFs into the
    # shared one meanwhile, which "wrote no file" would otherwise count.
    settings.MEDIA_ROOT = str(tmp_path / "media")

    from certificates.models import Certificate
    from competency.models import LevelAttainment

    teacher = make_user("teacher1")
    level = framework_v3.levels.get(code="KA")
    # The attainment row alone (no level_attained signal): the issuing is the worker's. Older than the sweep's
    # five minutes, as it is when the scheduled sweep finds what a dead worker left.
    attainment = LevelAttainment.objects.create(
        user=teacher, level=level, attained_at=timezone.now() - timedelta(minutes=10)
    )
    before = _pdf_files()
    queue, log, marker = f"fault-{uuid.uuid4().hex[:8]}", tmp_path / "cluster.log", tmp_path / "killed"

    first = _cluster([f"{ISSUE}:{attainment.pk}"], queue=queue, log=log, kill_marker=marker)
    try:
        _wait_for(marker.exists, cluster=first, log=log)
        time.sleep(1)
        assert int(marker.read_text()) != first.pid, "a worker process was killed, not the cluster"
        assert first.poll() is None, "the cluster outlives its killed worker"
        assert not Certificate.objects.filter(user=teacher).exists(), "the killed worker committed nothing"
        assert _pdf_files() == before, "and wrote no file"
    finally:
        _stop(first)

    # After a restart: the scheduled sweep (twice, as two hosts' schedules might) and the original task delivered
    # again. Exactly one certificate comes of the three.
    second = _cluster([SWEEP, f"{ISSUE}:{attainment.pk}", SWEEP], queue=queue, log=log)
    try:
        _wait_for(lambda: Task.objects.filter(func__in=[ISSUE, SWEEP]).count() == 3, cluster=second, log=log)
    finally:
        _stop(second)
    # Counted among the issuing tasks only: a certificate issued also queues its holder's notification e-mail.
    assert Task.objects.filter(func__in=[ISSUE, SWEEP], success=True).count() == 3, log.read_text()[-3000:]
    certificate = Certificate.objects.get(user=teacher)
    assert certificate.attainment_id == attainment.pk and certificate.pdf
    assert Path(certificate.pdf.path).read_bytes().startswith(b"%PDF")
    assert [p for p in _pdf_files() if p not in before] == [Path(certificate.pdf.path)], "one PDF"
    assert Certificate.objects.filter(status_list_index=certificate.status_list_index).count() == 1


def test_connection_dropped_during_an_autosave_the_save_is_repeated_and_nothing_is_lost(client, exam, monkeypatch):
    import assessments.views.teacher as teacher_views
    from assessments.models import Answer

    attempt, teacher = exam["attempt"], exam["teacher"]
    wrong = next(o["token"] for o in attempt.questions[0]["options"] if o["text"] == "Wrong")
    real_save, dropped = teacher_views.services.attempt_answer_save, []

    def save_after_the_connection_drops(**kwargs):
        if not dropped:
            dropped.append(True)
            _terminate_this_connection()
        return real_save(**kwargs)

    monkeypatch.setattr(teacher_views.services, "attempt_answer_save", save_after_the_connection_drops)
    client.force_login(teacher)
    url = f"/assessments/attempt/{attempt.uuid}/save/"
    payload = {"position": 0, "seq": 2, "response": wrong}
    first = client.post(url, payload)
    assert dropped, "the connection was terminated under the save"
    assert first.status_code == 200 and first.json() == {"saved": True, "seq": 2}, "repeated on a new connection"
    answer = Answer.objects.get(attempt=attempt, position=0)
    assert answer.seq == 2 and answer.response == wrong, "stored as last sent"
    again = client.post(url, payload)  # the page's script repeating a save it saw fail changes nothing
    assert again.status_code == 200 and again.json() == {"saved": False, "seq": 2}
    assert Answer.objects.get(attempt=attempt, position=0).response == wrong


def test_connection_dropped_inside_a_callers_transaction_is_not_repeated(exam):
    from django.db import OperationalError, transaction

    from assessments.models import Answer
    from assessments.services import attempt_answer_save

    attempt, teacher, right = exam["attempt"], exam["teacher"], exam["right"]
    with pytest.raises(OperationalError), transaction.atomic():
        _terminate_this_connection()
        attempt_answer_save(attempt=attempt, user=teacher, position=0, response=right, seq=3)
    connection.close()
    assert Answer.objects.get(attempt=attempt, position=0).seq == 1, "nothing half-done was repeated"


def _terminate_this_connection() -> None:
    pid = connection.cursor().connection.info.backend_pid
    db = connection.settings_dict
    with psycopg.connect(
        host=db["HOST"], port=db["PORT"], user=db["USER"], dbname=db["NAME"], autocommit=True
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


def test_unwritable_media_no_certificate_without_its_file_then_the_retry_issues(
    client, framework_v3, make_user, settings, tmp_path
):
    from certificates.models import Certificate
    from certificates.services import certificates_issue_pending
    from tests.certificates.conftest import attain

    teacher = make_user("teacher1")
    level = framework_v3.levels.get(code="KA")
    good_media = settings.MEDIA_ROOT
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    settings.MEDIA_ROOT = str(blocker / "media")  # unwritable whoever runs the test (root included)
    # The issuing task runs inline in tests (a worker would record the failed task): it fails writing the PDF,
    # after the attainment was committed.
    with pytest.raises(OSError):
        attain(teacher, level)
    assert not Certificate.objects.filter(user=teacher).exists(), "no certificate without its PDF"
    client.force_login(teacher)
    page = client.get("/me/certificates/").content.decode()
    assert "being prepared" in page and "Download PDF" not in page

    assert certificates_issue_pending(older_than_seconds=0) == 0, "still unwritable: still waiting, no crash"
    settings.MEDIA_ROOT = good_media
    assert certificates_issue_pending(older_than_seconds=0) == 1
    certificate = Certificate.objects.get(user=teacher)
    assert Path(certificate.pdf.path).is_file()
    page = client.get("/me/certificates/").content.decode()
    assert "being prepared" not in page and "Download PDF" in page
    assert client.get(f"/verify/{certificate.code}/").status_code == 200
