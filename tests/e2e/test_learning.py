"""Two learning journeys: a teacher reads and resumes on a phone; a trainer submits and a reviewer publishes."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NO_PAGE_OVERFLOW = "() => document.documentElement.scrollWidth <= window.innerWidth"


def log_in(page, username: str, password: str, next_url: str = "/") -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form.account-form button[type=submit]").click()
    page.wait_for_url(f"**{next_url}")


def test_teacher_reads_a_lesson_marks_it_complete_and_resumes(phone, demo):
    from cms.models import LessonPage, ModulePage

    module = ModulePage.objects.get(slug="ka1-ict-policy-in-your-classroom", locale__language_code="en")
    lessons = list(LessonPage.objects.child_of(module).order_by("path"))
    first, second, n = lessons[0], lessons[1], len(lessons)

    log_in(phone, "teacher", "teach-ict-2026", "/modules/")
    assert phone.evaluate(NO_PAGE_OVERFLOW)
    phone.get_by_role("link", name=module.title).first.click()
    phone.wait_for_url(f"**{module.url}")
    assert f"Lessons done: 0 of {n}" in phone.locator("#progress").inner_text()
    phone.get_by_role("button", name="Start the module").click()
    phone.wait_for_url(f"**{first.url}")

    assert phone.get_by_role("heading", level=1).inner_text() == first.title
    assert phone.evaluate(NO_PAGE_OVERFLOW)
    # The quick check gives feedback without JavaScript being needed.
    option = phone.locator(".quick-check details").nth(1)
    option.locator("summary").click()
    assert option.get_attribute("open") is not None and option.inner_text().strip()

    assert phone.locator("#progress progress").get_attribute("value") == "0"
    phone.get_by_role("button", name="Mark this lesson as complete").click()
    phone.wait_for_load_state()
    assert f"Lessons done: 1 of {n}" in phone.locator("#progress").inner_text()
    assert phone.locator("#progress progress").get_attribute("value") == "1"
    assert phone.get_by_text("You have completed this lesson.").is_visible()

    # Leave, come back later: "My learning" and the module page both resume at the second lesson.
    phone.goto("/")
    phone.goto("/learn/my/")
    phone.get_by_role("link", name=f"Continue: {second.title}").click()
    phone.wait_for_url(f"**{second.url}")
    phone.goto(module.url)
    phone.get_by_role("link", name=f"Continue: {second.title}").click()
    phone.wait_for_url(f"**{second.url}")
    assert phone.evaluate(NO_PAGE_OVERFLOW)


def test_trainer_submits_a_module_and_reviewer_publishes_it(browser, live_server, demo):
    from cms.models import CatalogPage, ModulePage

    catalog = CatalogPage.objects.get(locale__language_code="en")

    def desk():
        context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
        page = context.new_page()
        page.set_default_timeout(20000)
        return context, page

    context, page = desk()
    log_in(page, "trainer", "train-ict-2026")
    page.goto(f"/admin/pages/add/cms/modulepage/{catalog.pk}/")
    page.locator("#id_title").fill("Radio lessons for remote learners")
    page.locator("#id_summary").fill("Plan and run lessons broadcast by community radio.")
    page.locator("#id_level").select_option(label="KA · Knowledge Acquisition")
    page.get_by_label("KA.3 · ICT-enhanced Teaching").check()
    page.locator("#id_title").focus()
    page.locator("#id_summary").focus()  # leaving the title fills the slug
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Module review").click()
    page.wait_for_url("**/admin/pages/**")
    module = ModulePage.objects.get(title="Radio lessons for remote learners", locale__language_code="en")
    assert not module.live
    assert module.workflow_in_progress
    context.close()

    context, page = desk()
    log_in(page, "reviewer", "review-ict-2026")
    page.goto(f"/admin/pages/{module.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.wait_for_url("**/admin/pages/**")
    module.refresh_from_db()
    assert module.live
    page.goto("/modules/")
    assert page.get_by_role("link", name="Radio lessons for remote learners").count() == 1
    context.close()
