"""Offline on a phone: a downloaded module read and progressed with no connection, an untimed assessment taken
offline and graded on sync, a timed exam that says it needs a connection."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def signed_in(page, live_server, user) -> None:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])


def worker_ready(page) -> None:
    page.wait_for_function("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null")


def test_a_downloaded_module_is_read_and_progressed_offline_and_synced_once(phone, live_server, framework_v3, teacher):
    from cms.demo import demo_content_ensure
    from cms.models import LessonCompletion, LessonPage, ModulePage, OfflineEvent

    demo_content_ensure()
    module = ModulePage.objects.get(slug="ka1-ict-policy-in-your-classroom")
    first, _second = LessonPage.objects.child_of(module).order_by("path")
    signed_in(phone, live_server, teacher)
    phone.goto(module.url)
    phone.reload()  # the second load is controlled by the worker installed by the first
    worker_ready(phone)
    download = phone.locator(".offline-download-button")
    download.wait_for()
    assert "kB" in download.inner_text() and "about" in phone.locator(".offline-download-state").inner_text()
    download.click()
    phone.locator(".offline-download-state", has_text="On this device: 2 lessons").wait_for()

    phone.context.set_offline(True)
    phone.goto(first.url)
    assert phone.get_by_role("heading", level=1).inner_text() == first.title
    phone.locator("#pwa-status", has_text="You are offline").wait_for()
    # The quick check answers on the device: no server needed.
    phone.locator(".quick-check summary").nth(1).click()
    assert "Exactly" in phone.locator(".quick-check").inner_text()
    phone.get_by_role("button", name="Mark this lesson as complete").click()
    phone.locator(".offline-saved", has_text="Marked complete on this device").wait_for()
    phone.locator("#pwa-status", has_text="1 change waiting to sync").wait_for()
    assert not LessonCompletion.objects.exists()

    phone.context.set_offline(False)
    phone.locator("#pwa-status", has_text="Synced").wait_for()
    assert LessonCompletion.objects.filter(user=teacher, lesson=first).count() == 1
    # A second sync (another page, the same device) sends nothing more.
    phone.goto(module.url)
    phone.locator(".offline-download-state", has_text="On this device").wait_for()
    assert LessonCompletion.objects.filter(user=teacher).count() == 1 and OfflineEvent.objects.count() == 1
    assert "1 of 2 lessons done" in phone.locator("#progress").inner_text()

    phone.get_by_role("button", name="Remove from this device").click()
    phone.get_by_role("button", name="Download for offline").wait_for()


def _answer_offline(page, position: int, question: dict) -> None:
    key, t = question["key"], question["type"]
    form = page.locator(f"form.offline-q[data-position='{position}']")
    if t == "single":
        form.locator(f"input[value='{key['correct']}']").check()
    elif t == "multiple":
        for token in key["correct"]:
            form.locator(f"input[value='{token}']").check()
    elif t == "true_false":
        form.locator(f"input[value='{'true' if key['correct'] else 'false'}']").check()
    elif t == "numeric":
        form.locator("input[name=response]").fill(key.get("answer") or key["min"])
    elif t == "short_text":
        form.locator("input[name=response]").fill(key["accepted"][0].replace("*", "e-"))
    elif t == "ordering":
        for place, token in enumerate(key["order"], start=1):
            form.locator(f"select[name='rank-{token}']").select_option(str(place))
    elif t == "matching":
        for left, right in key["pairs"].items():
            form.locator(f"select[name='match-{left}']").select_option(right)


def test_an_untimed_assessment_taken_offline_is_graded_after_sync(phone, live_server, framework_v3, teacher):
    from assessments.demo import demo_assessments_ensure
    from assessments.models import Attempt, AttemptStatus, OfflineSubmission

    demo_assessments_ensure()
    signed_in(phone, live_server, teacher)
    phone.goto("/assessments/module-ka-2/")
    phone.reload()
    worker_ready(phone)
    phone.get_by_role("button", name="Start it for offline use").click()
    phone.wait_for_url("**/offline/")
    phone.locator(".offline-submit").wait_for()
    attempt = Attempt.objects.get(user=teacher)

    phone.context.set_offline(True)
    phone.reload()  # the page comes from the device
    phone.locator(".offline-submit").wait_for()
    for position, question in enumerate(attempt.questions):
        _answer_offline(phone, position, question)
    phone.get_by_role("button", name="Submit my answers").click()
    phone.locator(".offline-attempt-status", has_text="will be sent and graded").wait_for()
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS

    phone.context.set_offline(False)
    phone.locator(".offline-results").wait_for()
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.passed is True
    assert OfflineSubmission.objects.filter(attempt=attempt).count() == 1
    phone.locator(".offline-results").click()
    phone.get_by_role("table", name="Results per competency").wait_for()
    assert phone.locator(".result-overall").inner_text().startswith("Passed")


def test_a_timed_exam_opened_offline_says_it_needs_a_connection(phone, live_server, framework_v3, teacher):
    from assessments.demo import demo_assessments_ensure
    from assessments.models import Assessment, Attempt

    demo_assessments_ensure()
    Assessment.objects.filter(slug="module-ka-3").update(time_limit_minutes=30)
    signed_in(phone, live_server, teacher)
    phone.goto("/assessments/module-ka-3/")
    phone.reload()
    worker_ready(phone)
    assert phone.get_by_role("button", name="Start it for offline use").count() == 0

    phone.context.set_offline(True)
    phone.reload()
    phone.get_by_text("A timed exam needs a connection to start").wait_for()
    assert phone.get_by_role("button", name="Start the assessment").is_disabled()
    assert not Attempt.objects.exists()
