"""The offline check in the browser says how a certificate was earned: QR payload claim 10 (ADR 0113)."""

import pytest

from .test_verify_offline import _certificate, _check


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_offline_check_shows_issued_by_hand(browser, live_server, settings, make_user, framework_v3):
    from django.core.cache import cache

    from certificates.models import RequestKind
    from certificates.services import certificate_request_approve, certificate_request_create

    cache.clear()
    settings.SITE_URL = live_server.url
    earned = _certificate(make_user, framework_v3, username="earner", name="Earned Person")
    asker = make_user("asker", roles=("Administrator",))
    officer = make_user("officer9", roles=("Teacher", "Certification officer"))
    request = certificate_request_create(
        requester=asker,
        kind=RequestKind.ISSUE,
        teacher=make_user("given", legal_name="Given Person"),
        level=framework_v3.levels.get(code="KA"),
        reason="Recognised prior training",
    )
    by_hand = certificate_request_approve(request_id=request.pk, approver=officer).result

    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        page.goto("/verify/offline/")
        page.wait_for_selector("#offline-verifier[data-ready='true']")
        assert _check(page, by_hand.offline_verify_url) == "VALID"
        facts = page.locator("#offline-facts").inner_text()
        assert "How it was earned" in facts and "Issued by hand, approved by a certification officer" in facts
        assert _check(page, earned.offline_verify_url) == "VALID"
        facts = page.locator("#offline-facts").inner_text()
        assert "How it was earned" in facts and "Assessments" in facts and "Issued by hand" not in facts
    finally:
        context.close()
        cache.clear()
