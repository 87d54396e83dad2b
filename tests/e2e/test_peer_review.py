"""A teacher on a phone submits an essay, calibrates, reviews two peers and receives a score (ADR 0195)."""

import pytest
from playwright.sync_api import expect

from tests.assessments.conftest import competencies, make_assessment, make_question, rubric  # noqa: F401
from tests.peerreview.conftest import peer_item, teachers  # noqa: F401

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NO_PAGE_OVERFLOW = "() => document.documentElement.scrollWidth <= window.innerWidth"


def _signed_in(context, live_server, user) -> None:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])


def _choose(page, levels_by_criterion: dict[str, str]) -> None:
    for criterion, level in levels_by_criterion.items():
        page.locator(f"input[name='criterion-{criterion}'][value='{level}']").check()


def test_submit_review_two_peers_and_receive_a_score_on_a_phone(phone, live_server, peer_item, teachers):  # noqa: F811
    me, b, c = teachers[:3]
    for peer in (b, c):
        peer_item.submit(peer, text=f"Plan of {peer.legal_name}: pupils chart rainfall.")
        peer_item.calibrate(peer, 3, 3)
    _signed_in(phone.context, live_server, me)

    # Submit the essay through the assessment's own pages.
    phone.goto(f"/assessments/{peer_item.assessment.slug}/")
    phone.get_by_role("button", name="Start the assessment").click()
    phone.wait_for_url("**/q/1/")
    phone.locator("textarea[name=text]").fill("Pupils measure the school's electricity use and chart it weekly.")
    phone.get_by_role("button", name="Save & finish").click()
    phone.wait_for_url("**/submit/")
    phone.get_by_role("button", name="Submit my answers").click()
    phone.wait_for_load_state()

    # Calibrate on the trainer's example.
    phone.goto("/peer-review/")
    phone.get_by_role("link", name="Lesson plan").click()
    # A click does not wait for the next page: wait for it before reading it.
    expect(phone.locator("main")).to_contain_text("Pupils list the devices")
    assert phone.evaluate(NO_PAGE_OVERFLOW)
    levels = peer_item.levels(3, 3)
    _choose(phone, levels)
    phone.get_by_role("button", name="Send my scoring").click()

    # Review Peer 1 and Peer 2: anonymous, with the rubric and written feedback.
    for n in (1, 2):
        phone.get_by_role("link", name=f"Review Peer {n}").click()
        expect(phone.get_by_role("heading", level=1)).to_have_text(f"Peer {n}")
        heading = phone.get_by_role("heading", level=1).inner_text()
        assert heading == f"Peer {n}" and b.legal_name not in heading and c.legal_name not in heading
        assert phone.evaluate(NO_PAGE_OVERFLOW)
        _choose(phone, levels)
        phone.get_by_label("Feedback for your peer").fill("Real data from pupils' lives; add an exit ticket.")
        phone.get_by_role("button", name="Send my review").click()
        phone.get_by_text("your review was sent").wait_for()

    # The peers review this teacher's work (in their own sessions), and the score arrives.
    peer_item.review_all(b, 3, 3)
    peer_item.review_all(c, 3, 4)
    phone.reload()
    assert phone.locator(".peer-grade").inner_text().startswith("Your score: 0.88 of 1.")
    assert phone.locator(".peer-feedback li").first.inner_text().startswith("A peer")
    assert b.legal_name not in phone.content() and c.legal_name not in phone.content()
    assert phone.evaluate(NO_PAGE_OVERFLOW)

    # Self-assessment closes the loop.
    _choose(phone, peer_item.levels(2, 3))
    phone.get_by_role("button", name="Save my self-assessment").click()
    phone.get_by_text("Your self-assessment: 0.63 of 1.").wait_for()
