"""A visitor on a phone browses the framework, signs up, verifies their email and reaches their profile."""

import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NO_PAGE_OVERFLOW = "() => document.documentElement.scrollWidth <= window.innerWidth"


def test_visitor_browses_framework_then_signs_up_and_reaches_profile(phone, framework_v3, mailoutbox):
    phone.goto("/framework/")
    assert phone.locator("[data-competency]").count() == 18
    # The wide matrix scrolls inside its own region; the page itself must not scroll sideways.
    assert phone.evaluate(NO_PAGE_OVERFLOW)
    region = phone.get_by_role("region", name="Competency matrix")
    assert region.evaluate("el => el.scrollWidth > el.clientWidth"), "the matrix region is the scroller"

    phone.get_by_role("link", name="Sign up").click()
    phone.get_by_label("Email:", exact=True).fill("khai@example.org")
    phone.get_by_label("Username:", exact=True).fill("minhkhai")
    phone.get_by_label("Legal name:", exact=True).fill("Nguyễn Thị Minh Khai")
    phone.get_by_label("Password:", exact=True).fill("blue-river-lantern-42")
    phone.get_by_label("Password (again):", exact=True).fill("blue-river-lantern-42")
    assert phone.evaluate(NO_PAGE_OVERFLOW)
    phone.get_by_role("button", name="Sign up").click()
    phone.wait_for_url("**/accounts/confirm-email/")

    assert len(mailoutbox) == 1
    link = re.search(r"https?://\S+", mailoutbox[0].body).group(0)
    phone.goto(link)
    phone.get_by_role("button", name="Confirm").click()
    phone.wait_for_url("**/learn/my/")
    phone.goto("/me/profile/")

    assert phone.get_by_role("heading", level=1).inner_text() == "Your profile"
    assert phone.get_by_label("Legal name:").input_value() == "Nguyễn Thị Minh Khai"
    assert phone.evaluate(NO_PAGE_OVERFLOW)

    # Arabic as the preferred language turns the site right-to-left, still without sideways scrolling.
    phone.get_by_label("Legal name:").fill("محمد عبد الله")
    phone.get_by_label("Preferred language:").select_option("ar")
    phone.get_by_role("button", name="Save").click()
    phone.wait_for_load_state()
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.locator("#id_legal_name").input_value() == "محمد عبد الله"
    assert phone.evaluate(NO_PAGE_OVERFLOW)

    # Log out, then back in by email address.
    phone.locator(".site-header form button").click()
    phone.goto("/accounts/login/")
    assert phone.evaluate(NO_PAGE_OVERFLOW)
    phone.locator("#id_login").fill("khai@example.org")
    phone.locator("#id_password").fill("blue-river-lantern-42")
    phone.locator("form.account-form button[type=submit]").click()
    phone.wait_for_url("**/learn/my/")
    assert phone.locator("html").get_attribute("lang") == "ar"
