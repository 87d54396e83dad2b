"""Passwords are stored with Argon2id at OWASP's minimum; older PBKDF2 hashes still sign in and are upgraded."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.cache import cache

from config.settings import base

ARGON2ID = "argon2$argon2id$v=19$m=19456,t=2,p=1$"


@pytest.fixture(autouse=True)
def _real_hashers(settings):
    # The test settings hash with MD5 for speed; these tests check what a deployment stores.
    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS
    cache.clear()
    yield
    cache.clear()


def test_a_new_password_is_stored_as_argon2id_with_owasp_parameters(make_user):
    teacher = make_user("newcomer")
    assert teacher.password.startswith(ARGON2ID)
    assert teacher.check_password("pw-for-tests-1")
    assert not teacher.check_password("pw-for-tests-2")


def test_a_teacher_with_an_older_pbkdf2_hash_signs_in_and_gets_an_argon2id_hash(client, make_user):
    teacher = make_user("veteran")
    teacher.password = make_password("pw-for-tests-1", hasher="pbkdf2_sha256")
    teacher.save(update_fields=["password"])
    EmailAddress.objects.create(user=teacher, email=teacher.email, verified=True, primary=True)

    response = client.post("/accounts/login/", {"login": "veteran", "password": "pw-for-tests-1"})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(teacher.pk)
    teacher.refresh_from_db()
    assert teacher.password.startswith(ARGON2ID)
