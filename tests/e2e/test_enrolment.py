"""A trainer imports a teacher list on a phone, prints the code sheet; a teacher without e-mail signs in with the
code, chooses a password and accepts the invitation."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_import_then_sign_in_with_a_printed_code_and_accept(phone, demo, tmp_path, browser, live_server):
    from cohorts.models import Cohort
    from tests.e2e.test_cohorts import log_in

    cohort = Cohort.objects.get(name="Riverside district · 2026 intake")
    log_in(phone, "trainer", "train-ict-2026", "/enrolment/import/")
    csv_file = tmp_path / "teachers.csv"
    csv_file.write_text(
        "Nom;Courriel;Téléphone;École;Région;Cohorte;Langue\n"
        f"Grace Wanjiru;;+254 712 000 111;Kibera Primary;Nairobi;{cohort.name};en\n"
        f"Amina Yusuf;amina.yusuf@example.org;;Kibera Primary;Nairobi;{cohort.name};fr\n",
        encoding="utf-8-sig",
    )
    phone.locator("#id_file").set_input_files(str(csv_file))
    phone.get_by_role("button", name="Check the file").click()
    phone.wait_for_url("**/enrolment/import/*/")
    counts = phone.locator("dl.import-counts").inner_text()
    assert "Lines\n2" in counts and "New accounts" not in counts
    phone.get_by_role("button", name="Import and send the invitations").click()
    phone.wait_for_url("**/done/")
    assert "2 invitations sent." in phone.locator("main").inner_text()
    with phone.context.expect_page() as opened:
        phone.get_by_role("button", name="Open the sheet to print").click()
    sheet = opened.value
    sheet.wait_for_load_state()
    assert "Grace Wanjiru" in sheet.locator(".code-cards").inner_text()
    code = sheet.locator(".code-value").first.inner_text()

    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    teacher = context.new_page()
    teacher.goto("/enrolment/code/")
    teacher.locator("#id_code").fill(code.lower())
    teacher.get_by_role("button", name="Sign in").click()
    teacher.wait_for_url("**/enrolment/welcome/")
    teacher.locator("#id_new_password1").fill("kibera primary 2026!")
    teacher.locator("#id_new_password2").fill("kibera primary 2026!")
    teacher.get_by_role("button", name="Save my password").click()
    teacher.wait_for_url("**/enrolment/invitations/")
    assert cohort.name in teacher.locator("main").inner_text()
    assert not cohort.memberships.filter(user__phone="+254712000111").exists()
    teacher.get_by_role("button", name="Accept").click()
    teacher.wait_for_url("**/enrolment/invitations/")
    assert cohort.memberships.filter(user__phone="+254712000111").exists()
    context.close()
