"""CSV/XLSX downloads that a spreadsheet cannot turn into formulas; CSV import all-or-nothing, naming the line."""

import csv
import io

import pytest
from openpyxl import load_workbook

from cohorts.models import CohortMembership
from cohorts.services import CohortError, cohort_create, cohort_join, cohort_members_import_csv
from cohorts.tables import Table, table_csv, tables_xlsx

pytestmark = pytest.mark.django_db

DANGEROUS = ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"]


def test_csv_cells_that_would_run_as_formulas_are_escaped():
    table = Table(title="t", headers=["name", "n"], rows=[[v, 1] for v in DANGEROUS] + [["Amina", -3]])
    rows = list(csv.reader(io.StringIO(table_csv(table).decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:-1]] == ["'" + v for v in DANGEROUS]
    assert rows[-1] == ["Amina", "-3"]  # numbers stay numbers


def test_xlsx_keeps_formula_like_text_as_text():
    book = load_workbook(io.BytesIO(tables_xlsx([Table(title="t", headers=["name"], rows=[[v] for v in DANGEROUS])])))
    sheet = book.active
    values = [row[0].value for row in sheet.iter_rows(min_row=2)]
    types = [row[0].data_type for row in sheet.iter_rows(min_row=2)]
    assert values == DANGEROUS and set(types) == {"s"}


def test_a_teacher_named_like_a_formula_is_escaped_in_the_report_download(client, trainer, make_user, framework_v3):
    evil = make_user("evil", legal_name="=cmd|' /C calc'!A0")
    cohort = cohort_create(name="C", trainer=trainer)
    CohortMembership.objects.create(cohort=cohort, user=evil)
    client.force_login(trainer)
    text = client.get(f"/cohorts/{cohort.pk}/reports/teachers/?format=csv").content.decode("utf-8-sig")
    row = next(r for r in csv.reader(io.StringIO(text)) if r and r[0] == "evil")
    assert row[1] == "'=cmd|' /C calc'!A0"
    book = load_workbook(io.BytesIO(client.get(f"/cohorts/{cohort.pk}/reports/teachers/?format=xlsx").content))
    cell = next(r[1] for r in book.active.iter_rows(min_row=2) if r[0].value == "evil")
    assert cell.data_type == "s" and cell.value == "=cmd|' /C calc'!A0"


def test_csv_import_adds_by_username_or_email_with_a_header(trainer, make_user):
    a, b = make_user("amina"), make_user("brian", email="brian@school.example")
    cohort = cohort_create(name="C", trainer=trainer)
    added = cohort_members_import_csv(cohort=cohort, data=b"username\namina\n\nBRIAN@school.example\namina\n")
    assert added == 2
    assert set(cohort.memberships.values_list("user__username", flat=True)) == {"amina", "brian"}
    assert cohort_members_import_csv(cohort=cohort, data=b"amina\n") == 0  # again: nothing new, no error
    del a, b


def test_csv_import_is_all_or_nothing_and_names_the_bad_line(trainer, make_user):
    make_user("amina")
    make_user("brian")
    cohort = cohort_create(name="C", trainer=trainer)
    with pytest.raises(CohortError) as err:
        cohort_members_import_csv(cohort=cohort, data=b"amina\nbrian\nnobody-here\n")
    assert "Line 3" in str(err.value) and "nobody-here" in str(err.value)
    assert cohort.memberships.count() == 0


def test_csv_import_refuses_a_file_that_is_not_utf8(trainer):
    cohort = cohort_create(name="C", trainer=trainer)
    with pytest.raises(CohortError, match="UTF-8"):
        cohort_members_import_csv(cohort=cohort, data="amina;\xe9\n".encode("latin-1"))


def test_csv_upload_page_says_what_failed_and_adds_nobody(client, trainer, administrator, make_user):
    """An administrator's direct add (a trainer's list invites instead: tests/enrolment/test_consent.py)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    make_user("amina")
    cohort = cohort_create(name="C", trainer=trainer)
    client.force_login(administrator)
    upload = SimpleUploadedFile("t.csv", b"email\namina@example.org\nghost@example.org\n", content_type="text/csv")
    response = client.post(f"/cohorts/{cohort.pk}/members/import/", {"file": upload}, follow=True)
    assert "Line 3" in response.content.decode() and cohort.memberships.count() == 0


def test_join_code_and_link(client, trainer, teacher):
    cohort = cohort_create(name="Westlands", trainer=trainer)
    client.force_login(teacher)
    page = client.get(cohort.join_url)
    assert page.status_code == 200 and "Westlands" in page.content.decode()
    response = client.post("/cohorts/join/", {"code": cohort.join_code.lower()})
    assert response.status_code == 302
    assert cohort.memberships.filter(user=teacher).exists()
    cohort_join(code=cohort.join_code, user=teacher)  # twice: harmless
    assert cohort.memberships.filter(user=teacher).count() == 1
    old = cohort.join_code
    client.force_login(trainer)
    client.post(f"/cohorts/{cohort.pk}/join-code/")
    cohort.refresh_from_db()
    assert cohort.join_code != old
    with pytest.raises(CohortError):
        cohort_join(code=old, user=teacher)


def test_teacher_sees_the_cohort_assignment_on_my_learning(client, trainer, teacher, modules, framework_v3):
    cohort = cohort_create(name="Westlands", trainer=trainer, modules=modules[:1])
    cohort.target_level = framework_v3.levels.get(code="KA")
    cohort.save()
    CohortMembership.objects.create(cohort=cohort, user=teacher)
    client.force_login(teacher)
    html = client.get("/learn/my/").content.decode()
    assert "Westlands" in html and modules[0].title in html and "Target: level KA" in html
