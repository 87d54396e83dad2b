"""The privacy notice: public, in every language, linked from every page's footer, the sign-up and the profile."""

import pytest


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_the_notice_answers_in_each_language_with_the_controllers_contact(db, client, settings, language):
    settings.PRIVACY_CONTACT_EMAIL = "dpo@ministry.example"
    settings.PRIVACY_CONTROLLER = "Ministry of Education"
    response = client.get("/privacy/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert "dpo@ministry.example" in html and "Ministry of Education" in html
    assert "/me/privacy/" in html


def test_the_periods_shown_are_the_settings(db, client, settings):
    settings.PRIVACY_EXPORT_DAYS, settings.AUDIT_RETENTION_YEARS, settings.PRIVACY_BULK_IMPORT_DAYS = 3, 12, 45
    html = client.get("/privacy/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "3 days" in html and "12 years" in html and "uploaded by a trainer or an administrator: 45 days" in html


def test_linked_from_the_footer_the_sign_up_and_the_profile(db, client, teacher):
    assert 'href="/privacy/"' in client.get("/accounts/signup/").content.decode()
    assert 'href="/privacy/"' in client.get("/verify/").content.decode()  # the footer of any page
    client.force_login(teacher)
    profile = client.get("/me/profile/").content.decode()
    assert 'href="/me/privacy/"' in profile and 'href="/privacy/"' in profile
