"""A teacher holding a printed sign-in code finds where to use it from the log-in page, in their language."""

import pytest
from django.conf import settings


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, words",
    [("en", "Sign in with the code"), ("fr", "Connectez-vous avec ce code"), ("ar", "سجّل الدخول بالرمز")],
)
def test_the_log_in_page_links_the_code_sign_in(client, language, words):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get("/accounts/login/").content.decode()
    assert f'<a href="/enrolment/code/">{words}</a>' in page
