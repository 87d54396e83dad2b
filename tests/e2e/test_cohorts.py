"""The demo trainer invites teachers from a CSV, reads the heatmap, downloads the workbook; boundaries hold."""

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def log_in(page, username: str, password: str, next_url: str = "/") -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form.account-form button[type=submit]").click()
    page.wait_for_url(f"**{next_url}")


def test_trainer_creates_a_cohort_imports_a_csv_and_reads_the_heatmap(phone, demo, tmp_path):
    from cohorts.models import Cohort

    log_in(phone, "trainer", "train-ict-2026", "/cohorts/")
    assert phone.get_by_role("link", name="Riverside district · 2026 intake").is_visible()
    phone.get_by_role("link", name="New cohort").click()
    phone.locator("#id_name").fill("Westlands pilot")
    phone.get_by_role("button", name="Save").click()
    phone.wait_for_url("**/cohorts/*/")
    csv_file = tmp_path / "teachers.csv"
    csv_file.write_text(
        "email\ndemo-teacher-01@example.org\nDEMO-teacher-02@example.org\nteacher@example.org\n", encoding="utf-8"
    )
    phone.locator("#id_file").set_input_files(str(csv_file))
    phone.get_by_role("button", name="Import the file").click()
    phone.wait_for_load_state()
    # A trainer invites; the teachers join on accepting (ADR 0148).
    assert "3 invitations sent" in phone.locator(".messages").inner_text()
    cohort = Cohort.objects.get(name="Westlands pilot")
    assert cohort.memberships.count() == 0 and cohort.invitations.count() == 3

    demo_cohort = Cohort.objects.get(name="Riverside district · 2026 intake")
    phone.goto(f"/cohorts/{demo_cohort.pk}/reports/heatmap/")
    assert phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert phone.locator("table.heatmap").is_visible()
    phone.locator("table.heatmap td a").first.click()
    phone.wait_for_url("**/reports/heatmap/KA.1/")
    table = phone.locator("table.report-table").inner_text()
    assert "Mastered" in table and "Achieng Otieno" in table
    with phone.expect_download() as info:
        phone.get_by_role("link", name="Download XLSX").click()
    path = info.value.path()
    # Playwright saves downloads without their extension, which openpyxl checks: read the bytes instead.
    book = load_workbook(io.BytesIO(Path(path).read_bytes()))
    assert info.value.suggested_filename.endswith(".xlsx")
    header = [c.value for c in next(book.active.iter_rows(max_row=1))]
    assert header[:3] == ["Username", "Name", "Status"]
    usernames = [row[0].value for row in book.active.iter_rows(min_row=2)]
    assert len(usernames) == 30 and "demo-teacher-01" in usernames


def test_a_second_trainer_cannot_open_the_first_trainers_cohort(phone, demo, make_user):
    from allauth.account.models import EmailAddress

    from cohorts.models import Cohort

    other = make_user("trainer-b", roles=("Teacher", "Trainer"))
    EmailAddress.objects.create(user=other, email=other.email, verified=True, primary=True)
    cohort = Cohort.objects.get(name="Riverside district · 2026 intake")
    log_in(phone, "trainer-b", "pw-for-tests-1", "/cohorts/")
    assert phone.get_by_text("Riverside district").count() == 0
    for path in ["", "reports/heatmap/", "reports/teachers/?format=xlsx", "reports/heatmap/KA.1/"]:
        response = phone.request.get(f"/cohorts/{cohort.pk}/{path}")
        assert response.status in (403, 404), path


def test_overview_shows_fewer_than_5_for_a_small_school(phone, demo, make_user):
    for i in range(2):
        make_user(f"tiny{i}", country="Kenya", region="Nairobi", school="Tiny Hill School")
    log_in(phone, "admin", "admin-ict-2026", "/cohorts/overview/")
    phone.get_by_role("link", name="By school").click()
    phone.wait_for_url("**by=school")
    row = phone.locator("#overview tr", has_text="Tiny Hill School")
    assert "fewer than 5" in row.inner_text()
