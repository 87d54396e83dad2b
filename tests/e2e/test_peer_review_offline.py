"""A teacher opens peer review online, writes a review offline, and it is recorded once when back online (ADR 0197)."""

import pytest
from playwright.sync_api import expect

from tests.e2e.test_learning import log_in
from tests.e2e.test_offline import STATUS, _controlled

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests-1"


def test_a_review_written_offline_is_recorded_once_when_the_connection_returns(browser, live_server, network, demo):
    from allauth.account.models import EmailAddress

    from accounts.models import User
    from peerreview.models import PeerReview

    # The demo teacher who calibrated and still owes reviews.
    teacher = User.objects.get(username="demo-teacher-06")
    teacher.set_password(PASSWORD)
    teacher.save()
    EmailAddress.objects.update_or_create(
        user=teacher, email=teacher.email, defaults={"verified": True, "primary": True}
    )
    owed = list(PeerReview.objects.filter(reviewer=teacher, status="assigned").order_by("assigned_at", "id"))
    assert owed
    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url)
    connection = network(context)
    page = context.new_page()
    page.set_default_timeout(20000)
    try:
        log_in(page, teacher.username, PASSWORD, "/peer-review/")
        _controlled(page, "/peer-review/")
        # Opened online: the reviews owed are kept on the device, listed on the page.
        page.wait_for_selector("[data-offline-reviews][data-stored='true']")
        links = page.locator("[data-offline-reviews] li a")
        expect(links).to_have_count(len(owed))

        connection.down()
        page.reload()
        page.locator(STATUS).wait_for(state="visible")
        assert "You are offline" in page.locator(STATUS).inner_text()
        # The list comes from the device; the review's page too.
        page.locator("[data-offline-reviews] li a").first.click()
        page.wait_for_url(f"**/peer-review/review/{owed[0].pk}/")
        for fieldset in page.locator("form[data-offline='peer_review'] fieldset").all():
            fieldset.locator("input[type=radio]").nth(2).check()
        page.get_by_label("Feedback for your peer").fill("Written on the bus: clear aim, real data.")
        page.get_by_role("button", name="Send my review").click()
        page.get_by_text("Your review is kept on this device").wait_for()
        assert "1 change waiting to sync" in page.locator(STATUS).inner_text()
        owed[0].refresh_from_db()
        assert owed[0].status == "assigned"
        # Opened again offline, the review shows it is waiting rather than a blank form.
        page.reload()
        page.get_by_text("Your review is kept on this device").wait_for()
        assert page.locator("form[data-offline='peer_review']").count() == 0

        # Back online: sent, recorded once, and a second sync sends nothing more.
        connection.up()
        expect(page.locator(STATUS)).to_contain_text("Synced", timeout=30000)
        owed[0].refresh_from_db()
        assert owed[0].status == "done" and owed[0].client_key is not None
        assert owed[0].feedback == "Written on the bus: clear aim, real data."
        page.reload()
        page.evaluate("window.ictcftPwa.sync()")
        assert page.evaluate("window.ictcftPwa.pending()") == 0
        assert PeerReview.objects.filter(reviewer=teacher, status="done").count() == 1
        assert "You have reviewed this work" in page.content()
    finally:
        context.close()
