"""The audit log is append-only, in the model and in the database; administrators alone read and export it."""

import csv
import io

import pytest
from django.db import DatabaseError, connection, transaction

from audit.models import AppendOnlyError, AuditEvent
from audit.services import audit_record


@pytest.fixture
def event(teacher):
    return audit_record(actor=teacher, action="test.done", target=teacher, reason='=HYPERLINK("x")', data={"a": 1})


def test_the_model_refuses_to_change_or_delete(event):
    event.reason = "rewritten"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(reason="rewritten")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).delete()
    assert AuditEvent.objects.filter(pk=event.pk, reason='=HYPERLINK("x")').exists()


@pytest.mark.parametrize(
    "sql",
    ["UPDATE audit_auditevent SET reason = 'rewritten' WHERE id = %s", "DELETE FROM audit_auditevent WHERE id = %s"],
)
def test_the_database_refuses_raw_sql(event, sql):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [event.pk])
    assert AuditEvent.objects.filter(pk=event.pk, reason='=HYPERLINK("x")').exists()


def test_records_who_what_and_target(event, teacher):
    assert event.actor_id == teacher.pk and event.actor_label == "teacher1"
    assert event.target_type == "accounts.user" and event.target_id == str(teacher.pk)
    assert event.data == {"a": 1} and event.at is not None


@pytest.mark.parametrize("role", ["anonymous", "teacher", "trainer", "reviewer", "certification_officer"])
def test_only_administrators_read_or_export(client, request, event, role):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    for url in ("/admin/audit/", "/admin/audit/export.csv"):
        response = client.get(url)
        # Without access to the admin at all (anonymous, a plain teacher): Wagtail sends them to its login page.
        expected = 302 if role in ("anonymous", "teacher") else 403
        assert response.status_code == expected, (url, role)


def test_administrator_exports_csv_with_formulas_defused(client, administrator, event, make_user):
    regular_admin = make_user("plain-admin", roles=("Administrator",), is_staff=True)
    for who in (administrator, regular_admin):
        client.force_login(who)
        page = client.get("/admin/audit/")
        assert page.status_code == 200 and "test.done" in page.content.decode()
        response = client.get("/admin/audit/export.csv")
        assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert rows[0][:3] == ["id", "at", "action"]
        # Newest first: the role granted to plain-admin above is there too (role changes are audited).
        row = next(r for r in rows[1:] if r[2] == "test.done")
        assert row[4] == "teacher1"
        assert row[8] == '\'=HYPERLINK("x")'  # text in a spreadsheet, not a formula
