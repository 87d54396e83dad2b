"""On a phone the catalogue shows modules first: the filters fold away until asked for, without JavaScript."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _first_card_top(page) -> float:
    return page.locator("#modules-h ~ * .card, #modules-h ~ .card").first.bounding_box()["y"]


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_first_module_is_within_the_first_screen_on_a_phone(browser, live_server, demo, javascript):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, base_url=live_server.url, java_script_enabled=javascript
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        page.goto("/modules/")
        top = _first_card_top(page)
        print(f"first module card top at 360x740: {top:.0f} px")
        assert top < 740, f"the first module card starts {top:.0f} px down, below the first screen"
        # The filters are one tap away and work as a plain form.
        page.locator("details.catalog-more-filters > summary").click()
        page.locator("#f-level").select_option("KD")
        page.get_by_role("button", name="Show modules").click()
        page.wait_for_url("**level=KD**")
        assert page.locator("details.catalog-more-filters").get_attribute("open") is not None, "open while in use"
        assert _first_card_top(page) < 2 * 740
        assert "KD." in page.locator("#modules-h ~ * .card").first.inner_text()
    finally:
        context.close()
