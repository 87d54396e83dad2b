"""Administrators watch the outbox and send refused statements again; a teacher's export and erasure cover it."""

from django.urls import reverse

from privacy.registry import personal_data_parts
from xapi.models import LearnerAccount, OutboxStatement, OutboxStatus

from .conftest import lessons_of


def _refuse_one(user) -> OutboxStatement:
    row = OutboxStatement.objects.filter(user=user).first()
    OutboxStatement.objects.filter(pk=row.pk).update(status=OutboxStatus.FAILED, last_error="HTTP 400: bad verb")
    return row


def test_the_outbox_page_shows_counts_and_the_reason_a_statement_was_refused(
    client, lrs, passed_attempt, administrator
):
    row = _refuse_one(passed_attempt.user)
    client.force_login(administrator)

    page = client.get(reverse("xapi_outbox"))

    assert page.status_code == 200
    html = page.content.decode()
    assert '<td data-count="pending">2</td>' in html and '<td data-count="failed">1</td>' in html
    assert str(row.statement_id) in html and "HTTP 400: bad verb" in html
    assert lrs.endpoint in html


def test_retry_puts_refused_statements_back_in_the_queue(client, lrs, passed_attempt, administrator):
    row = _refuse_one(passed_attempt.user)
    client.force_login(administrator)

    response = client.post(reverse("xapi_outbox_retry"))

    assert response.status_code == 302
    row.refresh_from_db()
    assert row.status == OutboxStatus.PENDING and row.attempts == 0


def test_teachers_and_trainers_may_not_see_or_retry_the_outbox(client, lrs, passed_attempt, trainer):
    _refuse_one(passed_attempt.user)
    client.force_login(trainer)
    assert client.get(reverse("xapi_outbox")).status_code in (302, 403)
    client.post(reverse("xapi_outbox_retry"))
    assert OutboxStatement.objects.filter(status=OutboxStatus.FAILED).count() == 1


def test_the_export_shows_the_account_name_the_lrs_knows_the_teacher_by(lrs, passed_attempt):
    teacher = passed_attempt.user
    part = next(p for p in personal_data_parts() if p.name == "xapi")
    exported = part.export(user=teacher)
    assert exported["xapi_account"][0]["home_page_account_name"] == str(teacher.xapi_account.name)
    assert {s["verb"] for s in exported["xapi_statements"]} == {"attempted", "passed", "mastered"}


def test_erasure_deletes_the_outbox_rows_and_the_account_name(lrs, passed_attempt):
    teacher = passed_attempt.user
    part = next(p for p in personal_data_parts() if p.name == "xapi")
    assert part.erase(user=teacher) == {"xapi_statements": 3, "xapi_account": 1}
    assert not OutboxStatement.objects.filter(user=teacher).exists()
    assert not LearnerAccount.objects.filter(user=teacher).exists()


def test_a_lesson_activity_address_leads_to_the_lesson(client, lrs, make_module):
    module = make_module("xapi-addr", lessons=1)
    lesson = lessons_of(module)[0]
    response = client.get(reverse("xapi:page", kwargs={"key": lesson.translation_key}))
    assert response.status_code == 302 and response["Location"] == lesson.url


def test_the_revoked_verb_is_described_where_its_iri_points(client, settings, db):
    body = client.get("/xapi/verbs/revoked").json()
    assert body["id"] == f"{settings.SITE_URL}/xapi/verbs/revoked"
    assert client.get("/xapi/verbs/earned").status_code == 404
