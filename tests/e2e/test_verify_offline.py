"""A verifier with no connection checks a certificate's QR payload in the browser (ADR 0080)."""

import pytest


def _certificate(make_user, framework_v3, *, username: str, name: str):
    from certificates.services import certificate_issue
    from tests.certificates.conftest import attain

    user = make_user(username, legal_name=name)
    level = framework_v3.levels.get(code="KA")
    attain(user, level)
    return certificate_issue(user=user, level=level)


def _rename(payload: str, name: str) -> str:
    """The same signed message with another holder's name: well-formed, so only the signature can catch it."""
    import cbor2

    from certificates.payload import b64url_decode, b64url_encode

    protected, unprotected, claims, signature = cbor2.loads(b64url_decode(payload)).value
    changed = cbor2.loads(claims)
    changed[2] = name
    return b64url_encode(cbor2.dumps(cbor2.CBORTag(18, [protected, unprotected, cbor2.dumps(changed), signature])))


def _check(page, text: str) -> str:
    page.locator("#offline-input").fill(text)
    page.get_by_role("button", name="Check offline").click()
    result = page.locator("#offline-result")
    result.wait_for(state="visible")
    page.wait_for_function("document.querySelector('#offline-result').dataset.verdict")
    return result.get_attribute("data-verdict")


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_offline_page_verifies_a_real_qr_payload_with_no_connection(
    browser, live_server, network, settings, make_user, framework_v3
):
    from django.core.cache import cache

    from certificates.services import certificate_revoke

    cache.clear()
    settings.SITE_URL = live_server.url
    good = _certificate(make_user, framework_v3, username="holder", name="Ngozi Adébáyọ̀")
    revoked = _certificate(make_user, framework_v3, username="cheat", name="Revoked Person")
    certificate_revoke(certificate=revoked, reason="Fraud")

    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        page.goto("/verify/offline/")
        page.wait_for_selector("#offline-verifier[data-ready='true']")
        page.wait_for_function("navigator.serviceWorker.ready.then(() => true)")
        page.wait_for_selector("#offline-ready:has-text('Ready for offline use')")
        # The worker now controls the scope; the page and its script are in its cache.
        page.reload()
        page.wait_for_function("navigator.serviceWorker.controller !== null")

        network(context).down()
        assert page.evaluate("fetch('/verify/').then(() => 'online', () => 'offline')") == "offline"
        page.reload()  # answered by the service worker's cache
        page.wait_for_selector("#offline-verifier[data-ready='true']")

        assert _check(page, good.offline_verify_url) == "VALID"
        facts = page.locator("#offline-facts").inner_text()
        assert "Ngozi Adébáyọ̀" in facts and good.code in facts and "Knowledge Acquisition" in facts

        payload = good.offline_payload
        # One changed character in the signed claims (the holder's name region), and a truncated copy.
        middle = len(payload) // 2
        altered = payload[:middle] + ("A" if payload[middle] != "A" else "B") + payload[middle + 1 :]
        assert _check(page, f"{good.verify_url}#{altered}") in ("FORGED", "UNREADABLE")
        assert _check(page, f"{good.verify_url}#{_rename(payload, 'Somebody Else')}") == "FORGED"
        signature_altered = payload[:-5] + ("A" if payload[-5] != "A" else "B") + payload[-4:]
        assert _check(page, signature_altered) == "FORGED"
        assert _check(page, payload[: len(payload) // 3]) == "UNREADABLE"
        assert _check(page, "hello, not a certificate") == "UNREADABLE"

        assert _check(page, revoked.offline_verify_url) == "REVOKED"
        assert "Revoked Person" in page.locator("#offline-facts").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()
        cache.clear()
