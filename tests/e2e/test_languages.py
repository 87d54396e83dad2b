"""A visitor switches the site to Arabic and back; the layout mirrors and the choice sticks."""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARABIC = "العربيّة"  # Django's local name for Arabic, as the switcher shows it
SHOTS = Path(__file__).resolve().parent.parent.parent / ".test-media" / "screenshots"


def _shot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def _box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


def _direction(page) -> tuple[str, str]:
    return tuple(page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]"))


def test_switching_to_arabic_mirrors_the_layout_and_back(phone, framework_v3):
    phone.goto("/framework/")
    assert _direction(phone) == ("en", "ltr")
    width = phone.viewport_size["width"]
    brand_ltr = _box(phone, ".site-header .brand")
    assert brand_ltr["x"] < width / 2, "in English the brand starts at the left"

    phone.get_by_role("button", name=ARABIC).click()
    phone.wait_for_load_state()
    assert phone.url.endswith("/framework/"), "the switcher returns to the page it was used on"
    assert _direction(phone) == ("ar", "rtl")
    assert phone.evaluate("() => getComputedStyle(document.body).direction") == "rtl"
    brand_rtl = _box(phone, ".site-header .brand")
    assert brand_rtl["x"] + brand_rtl["width"] > width / 2, "in Arabic the brand starts at the right"
    # The matrix's row headers (levels) come first in reading order: on the right of the table.
    table = _box(phone, "table.matrix")
    row_header = _box(phone, "table.matrix tbody th")
    assert row_header["x"] + row_header["width"] >= table["x"] + table["width"] - 2
    assert phone.get_by_role("button", name=ARABIC).get_attribute("aria-current") == "true"
    shot = _shot(phone, "framework-ar")
    assert shot.stat().st_size > 10_000, "a real screenshot of the right-to-left page"

    # The choice is remembered on the next page, without the switcher being used again.
    phone.goto("/modules/")
    assert _direction(phone) == ("ar", "rtl")

    phone.get_by_role("button", name="English").click()
    phone.wait_for_load_state()
    assert _direction(phone) == ("en", "ltr")
    assert _box(phone, ".site-header .brand")["x"] < width / 2
    _shot(phone, "catalogue-en")


def test_a_teachers_choice_is_saved_on_their_profile(phone, framework_v3, teacher):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.get_or_create(user=teacher, email=teacher.email, defaults={"verified": True, "primary": True})
    phone.goto("/accounts/login/")
    phone.get_by_label("Username or email:").fill(teacher.username)
    phone.get_by_label("Password:").fill("pw-for-tests-1")
    phone.get_by_role("button", name="Log in").click()
    phone.wait_for_url("**/learn/my/")
    phone.get_by_role("button", name="Français").click()
    phone.wait_for_load_state()
    assert _direction(phone) == ("fr", "ltr")
    teacher.refresh_from_db()
    assert teacher.preferred_language == "fr"
