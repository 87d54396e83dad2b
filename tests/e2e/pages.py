"""Shared by the browser tests that visit every role's pages in several languages: a signed-in phone context."""

from pathlib import Path

AXE = Path(__file__).resolve().parent.parent / "interop" / "node_modules" / "axe-core" / "axe.min.js"


def phone_context(browser, live_server, *, language: str, user=None, bypass_csp: bool = False):
    """A 360×740 context speaking `language` (cookie and Accept-Language), signed in as `user` if given.

    `bypass_csp` lets Playwright inject axe-core as an inline script (the site's CSP rightly forbids those).
    """
    from django.conf import settings
    from django.test import Client

    context = browser.new_context(
        viewport={"width": 360, "height": 740},
        base_url=live_server.url,
        locale=language,
        bypass_csp=bypass_csp,
    )
    cookies = [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    if user is not None:
        client = Client()
        client.force_login(user)
        cookies.append(
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }  # fmt: skip
        )
    context.add_cookies(cookies)
    page = context.new_page()
    page.set_default_timeout(15000)
    return context, page
