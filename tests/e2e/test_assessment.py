"""A teacher on a phone takes an assessment, reloads in the middle, submits and sees the profile change."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NO_PAGE_OVERFLOW = "() => document.documentElement.scrollWidth <= window.innerWidth"


def _answer(page, question: dict) -> None:
    """Answer a frozen question rightly through the page's own controls."""
    key, t = question["key"], question["type"]
    form = page.locator("form.attempt-form")
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


def _signed_in(context, live_server, user) -> None:
    """Give the browser a session of `user` (signing in is the accounts journey's subject)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])


def test_take_assessment_reload_midway_submit_and_see_profile(phone, live_server, framework_v3, teacher):
    from assessments.demo import demo_assessments_ensure
    from assessments.models import Attempt

    demo_assessments_ensure()
    _signed_in(phone.context, live_server, teacher)

    phone.goto("/me/competencies/")
    assert "0 of 6 mastered" in phone.content()

    phone.goto("/assessments/module-ka-2/")
    phone.get_by_role("button", name="Start the assessment").click()
    phone.wait_for_url("**/q/1/")
    attempt = Attempt.objects.get(user=teacher)
    questions = attempt.questions
    assert phone.evaluate(NO_PAGE_OVERFLOW)

    half = len(questions) // 2
    for number, question in enumerate(questions[:half], start=1):
        _answer(phone, question)
        phone.get_by_role("button", name="Save & next").click()
        phone.wait_for_url(f"**/q/{number + 1}/")

    # The next answer is only autosaved by JavaScript, then the page is reloaded mid-question.
    _answer(phone, questions[half])
    phone.locator(".autosave-status", has_text="Saved").wait_for()
    phone.reload()
    assert attempt.answers.filter(position=half).exclude(response=None).exists()
    assert "/q/" in phone.url
    for number, question in enumerate(questions[half:], start=half + 1):
        _answer(phone, question)
        is_last = number == len(questions)
        phone.get_by_role("button", name="Save & finish" if is_last else "Save & next").click()
        phone.wait_for_url("**/submit/" if is_last else f"**/q/{number + 1}/")

    phone.get_by_role("button", name="Submit my answers").click()
    phone.get_by_role("table", name="Results per competency").wait_for()
    assert "KA.2" in phone.content()
    assert phone.locator(".result-overall").inner_text().startswith("Passed")
    assert phone.evaluate(NO_PAGE_OVERFLOW)

    phone.get_by_role("link", name="My competencies").first.click()
    phone.wait_for_url("**/me/competencies/")
    assert "1 of 6 mastered" in phone.content()
    assert phone.locator("td.cell-mastered").count() == 1
    assert phone.evaluate(NO_PAGE_OVERFLOW)


def test_whole_attempt_works_without_javascript(browser, live_server, framework_v3, teacher):
    from assessments.demo import demo_assessments_ensure
    from assessments.models import Attempt

    demo_assessments_ensure()
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, base_url=live_server.url, java_script_enabled=False
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        _signed_in(context, live_server, teacher)
        page.goto("/assessments/module-ka-5/")
        page.get_by_role("button", name="Start the assessment").click()
        page.wait_for_url("**/q/1/")
        questions = Attempt.objects.get(user=teacher).questions
        for number, question in enumerate(questions, start=1):
            _answer(page, question)
            assert page.evaluate(NO_PAGE_OVERFLOW)
            last = number == len(questions)
            page.get_by_role("button", name="Save & finish" if last else "Save & next").click()
            page.wait_for_url("**/submit/" if last else f"**/q/{number + 1}/")
        assert "not answered" not in page.locator(".attempt-summary").inner_text()
        page.get_by_role("button", name="Submit my answers").click()
        page.get_by_role("table", name="Results per competency").wait_for()
        assert page.locator(".result-overall").inner_text().startswith("Passed")
    finally:
        context.close()


def test_an_autosave_that_fails_is_sent_again_until_it_lands(phone, live_server, framework_v3, teacher):
    """The connection drops under an autosave, then the server answers 500: the page keeps the answer and sends it
    again by itself; the teacher sees it saved and the server stores it once, as last sent."""
    from assessments.demo import demo_assessments_ensure
    from assessments.models import Attempt

    demo_assessments_ensure()
    _signed_in(phone.context, live_server, teacher)
    phone.goto("/assessments/module-ka-2/")
    phone.get_by_role("button", name="Start the assessment").click()
    phone.wait_for_url("**/q/1/")
    attempt = Attempt.objects.get(user=teacher)

    sent = []

    def flaky_network(route):
        # The form's fields (each send of a FormData has its own multipart boundary).
        sent.append(re.findall(rb'name="([^"]+)"\r\n\r\n([^\r]*)', route.request.post_data_buffer))
        if len(sent) == 1:
            route.abort("connectionreset")
        elif len(sent) == 2:
            route.fulfill(status=500, content_type="text/html", body="<h1>Server Error (500)</h1>")
        else:
            route.continue_()

    # A question answered with one click, so that the page makes one save.
    position = next(i for i, q in enumerate(attempt.questions) if q["type"] in ("single", "true_false"))
    phone.goto(f"/assessments/attempt/{attempt.uuid}/q/{position + 1}/")
    phone.route("**/save/", flaky_network)
    _answer(phone, attempt.questions[position])
    expect(phone.locator(".autosave-status")).to_have_text("Saved", timeout=15000)
    assert len(sent) == 3 and sent[0] == sent[1] == sent[2], "the same save, sent again"
    answer = attempt.answers.get(position=position)
    assert answer.response not in (None, "", [], {})
    assert answer.seq == int(phone.locator("input[name=seq]").input_value()), "stored as last sent"
