"""One name per person (ADR 0140): the legal name, as certificates print it; first and last name only as a fallback."""

import importlib

import pytest
from django.apps import apps

from accounts.models import User

pytestmark = pytest.mark.django_db

migration = importlib.import_module("accounts.migrations.0008_legal_name_from_first_and_last_name")


def test_the_profile_asks_for_one_name_only(client, teacher):
    client.force_login(teacher)
    page = client.get("/me/profile/").content.decode()
    assert 'name="legal_name"' in page and "Legal name" in page
    assert "exactly as it must appear on your certificates" in page
    assert 'name="first_name"' not in page and 'name="last_name"' not in page
    assert "First name" not in page and "Last name" not in page


def test_first_and_last_name_posted_anyway_change_nothing(client, teacher):
    teacher.first_name, teacher.last_name = "Old", "Names"
    teacher.save()
    client.force_login(teacher)
    data = {"legal_name": "Amina Yusuf", "preferred_language": "en", "first_name": "X", "last_name": "Y"}
    assert client.post("/me/profile/", data).status_code == 302
    teacher.refresh_from_db()
    assert (teacher.legal_name, teacher.first_name, teacher.last_name) == ("Amina Yusuf", "Old", "Names")


def test_the_legal_name_is_the_name_everywhere(make_user):
    user = make_user("amina", legal_name="أمينة يوسف", first_name="Amina", last_name="Yusuf")
    assert user.get_full_name() == "أمينة يوسف" == user.display_name == str(user)
    nameless = make_user("old", legal_name="", first_name="Ole", last_name="Gunnar")
    assert nameless.display_name == "Ole Gunnar", "an account from before legal names falls back to first and last"
    assert make_user("bare", legal_name="").display_name == "bare"


def test_migration_gives_an_empty_legal_name_the_first_and_last_name(make_user):
    keeps = make_user("keeps", legal_name="Nguyễn Thị Minh Khai", first_name="Khai", last_name="Nguyen")
    fills = make_user("fills", legal_name="", first_name="  Sunita ", last_name="Devi")
    only_first = make_user("first", legal_name="", first_name="Amina", last_name="")
    nothing = make_user("nothing", legal_name="")
    migration.legal_name_from_first_and_last(apps, None)
    migration.legal_name_from_first_and_last(apps, None)  # twice: the same result
    got = dict(User.objects.values_list("username", "legal_name"))
    assert got["keeps"] == "Nguyễn Thị Minh Khai", "a legal name already given is never changed"
    assert got["fills"] == "Sunita Devi"
    assert got["first"] == "Amina"
    assert got["nothing"] == ""
    keeps.refresh_from_db()
    fills.refresh_from_db()
    assert (keeps.first_name, fills.first_name, fills.last_name) == ("Khai", "  Sunita ", "Devi"), "nothing is lost"
    assert only_first.pk and nothing.pk


def test_the_django_admin_edits_the_legal_name_not_first_and_last(client, administrator, teacher):
    client.force_login(administrator)
    page = client.get(f"/django-admin/accounts/user/{teacher.pk}/change/").content.decode()
    assert 'name="legal_name"' in page
    assert 'name="first_name"' not in page and 'name="last_name"' not in page


def test_the_admin_creates_and_edits_a_user_with_one_name(client, administrator):
    """Wagtail's user forms ask for the legal name (as certificates print it), not a first and a last name."""
    from django.contrib.auth.models import Group

    client.force_login(administrator)
    page = client.get("/admin/users/new/").content.decode()
    assert 'name="legal_name"' in page
    assert 'name="first_name"' not in page and 'name="last_name"' not in page
    teacher_group = Group.objects.get(name="Teacher")
    data = {
        "username": "bipl",
        "email": "biplob@example.org",
        "legal_name": "বিপ্লব দাস",
        "password1": "a-long-pass-phrase-9",
        "password2": "a-long-pass-phrase-9",
        "groups": [teacher_group.pk],
    }
    response = client.post("/admin/users/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    user = User.objects.get(username="bipl")
    assert (user.legal_name, user.first_name, user.last_name) == ("বিপ্লব দাস", "", "")

    edit = client.get(f"/admin/users/edit/{user.pk}/").content.decode()
    assert 'value="বিপ্লব দাস"' in edit and 'name="first_name"' not in edit
    data.update(legal_name="Biplob Das", is_active="on")
    del data["password1"], data["password2"]
    assert client.post(f"/admin/users/edit/{user.pk}/", data).status_code == 302
    user.refresh_from_db()
    assert user.legal_name == "Biplob Das"
