"""A teacher downloads a module, loses the connection, learns and answers offline, and syncs exactly once (ADR 0070)."""

import pytest
from playwright.sync_api import expect

from tests.e2e.test_learning import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

MODULE = "ka1-ict-policy-in-your-classroom"
ASSESSMENT = "module-ka-1"
STATUS = "#pwa-status .pwa-status-text"


def _controlled(page, url: str) -> None:
    """Open url and wait until the service worker controls the page (the first visit only installs it)."""
    page.goto(url)
    page.wait_for_function("navigator.serviceWorker.ready.then(() => true)")
    page.reload()
    page.wait_for_function("navigator.serviceWorker.controller !== null")


def _answer_everything(page) -> None:
    for form in page.locator("form.offline-q").all():
        radios, boxes = form.locator("input[type=radio]"), form.locator("input[type=checkbox]")
        texts, selects = form.locator("input[type=text], textarea"), form.locator("select")
        if radios.count():
            radios.first.check()
        for i in range(boxes.count()):
            if i == 0:
                boxes.nth(i).check()
        for i in range(texts.count()):
            texts.nth(i).fill("1")
        for i in range(selects.count()):
            selects.nth(i).select_option(index=1 + i % (selects.nth(i).locator("option").count() - 1))


def test_module_downloaded_learnt_offline_and_synced_exactly_once(browser, live_server, network, demo, make_user):
    from assessments.models import Attempt, AttemptStatus
    from cms.models import LessonCompletion, LessonPage, ModulePage

    module = ModulePage.objects.get(slug=MODULE, locale__language_code="en")
    first, second = list(LessonPage.objects.child_of(module).live().order_by("path"))[:2]
    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url)
    connection = network(context)
    page = context.new_page()
    page.set_default_timeout(20000)
    try:
        # A teacher new to the platform (the demo teacher already has progress in this module).
        from allauth.account.models import EmailAddress

        newcomer = make_user("newcomer")
        EmailAddress.objects.create(user=newcomer, email=newcomer.email, verified=True, primary=True)
        log_in(page, "newcomer", "pw-for-tests-1", "/modules/")
        _controlled(page, module.url)

        # The size is shown before anything is downloaded; the download keeps every lesson on the device.
        button = page.locator(".offline-download-button")
        button.wait_for(state="visible")
        assert "kB" in button.inner_text()
        assert "kB" in page.locator(".offline-download-state").inner_text()
        button.click()
        page.locator(".offline-remove-button").wait_for(state="visible")
        assert "They open with no connection" in page.locator(".offline-download-state").inner_text()

        # The module's assessment is untimed: start it for offline use while still online.
        page.goto(f"/assessments/{ASSESSMENT}/")
        page.get_by_role("button", name="Start it for offline use").click()
        page.wait_for_selector("[data-offline-attempt] .offline-submit:visible")
        offline_attempt_url = page.url
        page.wait_for_function("() => caches.open('pages').then(c => c.match(location.href)).then(Boolean)")

        # The connection drops: the pages see it, and the server takes nothing more, whatever the browser sends.
        connection.down()
        assert page.evaluate("fetch('/modules/').then(() => 'online', () => 'offline')") == "offline"

        # A downloaded lesson opens with no connection; marking it done is kept on the device.
        page.goto(first.url)
        assert page.get_by_role("heading", level=1).inner_text() == first.title
        page.locator(STATUS).wait_for(state="visible")
        assert "You are offline" in page.locator(STATUS).inner_text()
        page.get_by_role("button", name="Mark this lesson as complete").click()
        page.get_by_text("Marked complete on this device").wait_for()
        assert "1 change waiting to sync" in page.locator(STATUS).inner_text()
        # The second lesson was downloaded too, and the queue survives moving between pages.
        page.goto(second.url)
        assert page.get_by_role("heading", level=1).inner_text() == second.title
        assert "1 change waiting to sync" in page.locator(STATUS).inner_text()

        # The assessment is answered and submitted offline: kept on the device, nothing sent.
        page.goto(offline_attempt_url)
        _answer_everything(page)
        page.get_by_role("button", name="Submit my answers").click()
        page.get_by_text("Your answers will be sent and graded when you are back online").wait_for()
        assert "2 changes waiting to sync" in page.locator(STATUS).inner_text()
        assert not LessonCompletion.objects.filter(user__username="newcomer", lesson=first).exists()
        attempt = Attempt.objects.get(user__username="newcomer", assessment__slug=ASSESSMENT)
        assert attempt.status == AttemptStatus.IN_PROGRESS

        # Back online: everything is sent, once, and the page says so.
        connection.up()
        expect(page.locator(STATUS)).to_contain_text("sent and graded", timeout=30000)
        attempt.refresh_from_db()
        assert attempt.status != AttemptStatus.IN_PROGRESS and attempt.graded_at is not None
        graded_at = attempt.graded_at
        assert LessonCompletion.objects.filter(user__username="newcomer", lesson=first).count() == 1
        assert page.locator(".offline-results").is_visible()

        # A second sync (page reloads, the online event again) sends nothing twice.
        page.reload()
        page.evaluate("window.ictcftPwa.sync()")
        assert page.evaluate("window.ictcftPwa.pending()") == 0
        assert LessonCompletion.objects.filter(user__username="newcomer", lesson=first).count() == 1
        attempt.refresh_from_db()
        assert attempt.graded_at == graded_at and Attempt.objects.filter(user__username="newcomer").count() == 1

        # The progress shows on the server's own page.
        page.goto(module.url)
        assert "1 of" in page.locator("#progress").inner_text()

        # A timed exam cannot be taken offline, and its page, opened from the device, says why.
        page.goto("/assessments/exam-ka/")
        connection.down()
        page.reload()
        page.get_by_text("A timed exam needs a connection to start").wait_for()
        assert page.get_by_role("button", name="Start it for offline use").count() == 0
    finally:
        context.close()
