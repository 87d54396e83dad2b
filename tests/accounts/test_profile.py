"""The profile page keeps names in any script exactly and makes the preferred language the site language."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

NAMES = [
    "Nguyễn Thị Minh Khai",
    "Σωκράτης Παπαδόπουλος",
    "Пётр Чайковский",
    "محمد عبد الله",
    "सुनीता देवी",
]


def _profile_data(**overrides) -> dict:
    data = {
        "legal_name": "Amina Yusuf",
        "preferred_language": "en",
        "country": "Kenya",
        "region": "Nairobi",
        "school": "Moi Avenue Primary",
    }
    return {**data, **overrides}


def test_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get("/me/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/me/profile/")


@pytest.mark.parametrize("name", NAMES)
def test_legal_name_in_any_script_is_stored_and_shown_exactly(client, teacher, name):
    client.force_login(teacher)
    response = client.post("/me/profile/", _profile_data(legal_name=name), follow=True)
    assert response.status_code == 200
    teacher.refresh_from_db()
    assert teacher.legal_name == name
    page = response.content.decode()
    assert f'value="{name}"' in page
    assert f"Signed in as {name}." in page


def test_every_profile_field_is_saved(client, teacher):
    client.force_login(teacher)
    client.post("/me/profile/", _profile_data())
    teacher.refresh_from_db()
    assert (teacher.legal_name, teacher.country, teacher.region, teacher.school) == (
        "Amina Yusuf",
        "Kenya",
        "Nairobi",
        "Moi Avenue Primary",
    )


def test_profile_labels_every_control(client, teacher):
    client.force_login(teacher)
    page = client.get("/me/profile/").content.decode()
    for field in ("legal_name", "preferred_language", "country", "region", "school"):
        assert f'for="id_{field}"' in page


def test_blank_legal_name_is_refused_and_nothing_typed_is_lost(client, teacher):
    client.force_login(teacher)
    response = client.post("/me/profile/", _profile_data(legal_name="  ", school="École Jules Ferry"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Enter your name as it must appear on your certificates." in page
    assert 'value="École Jules Ferry"' in page
    assert "Signed in as Teacher1." in page
    teacher.refresh_from_db()
    assert teacher.legal_name == "Teacher1"
    assert teacher.school == ""


def test_unknown_language_is_refused(client, teacher):
    client.force_login(teacher)
    response = client.post("/me/profile/", _profile_data(preferred_language="xx"))
    assert response.status_code == 200
    teacher.refresh_from_db()
    assert teacher.preferred_language == "en"


def test_choosing_arabic_switches_the_site_to_arabic_right_to_left(client, teacher):
    client.force_login(teacher)
    response = client.post("/me/profile/", _profile_data(legal_name="محمد عبد الله", preferred_language="ar"))
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"

    response = client.get("/me/profile/")
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "محمد عبد الله" in page
    assert response["Content-Language"] == "ar"


def test_logging_in_applies_the_preferred_language(client, make_user):
    from allauth.account.models import EmailAddress

    user = make_user("pyotr", legal_name="Pierre Tchaïkovski", preferred_language="fr")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    response = client.post("/accounts/login/", {"login": "pyotr", "password": "pw-for-tests-1"})
    assert response["Location"] == "/learn/my/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    page = client.get("/me/profile/").content.decode()
    assert '<html lang="fr" dir="ltr">' in page


def test_signing_up_in_a_language_makes_it_the_preference(client, signup):
    from accounts.models import User

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    signup()
    assert User.objects.get(username="minhkhai").preferred_language == "fr"


def test_profile_page_query_budget(client, teacher, django_assert_max_num_queries):
    client.force_login(teacher)
    with django_assert_max_num_queries(4):
        assert client.get("/me/profile/").status_code == 200
