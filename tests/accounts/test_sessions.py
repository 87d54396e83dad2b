"""Sessions: read from the cache where Redis is configured, kept in the database so a cache restart signs nobody out."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_signed_in_teacher_stays_signed_in_when_the_cache_is_emptied(client, teacher):
    client.force_login(teacher)
    assert client.get("/me/profile/").status_code == 200
    cache.clear()  # what a Redis restart (it keeps nothing on disk) does to the cached sessions
    response = client.get("/me/profile/")
    assert response.status_code == 200, "signed out by a cache restart"
    assert response.wsgi_request.user == teacher


def test_signing_out_ends_the_session_everywhere(client, teacher):
    client.force_login(teacher)
    key = client.session.session_key
    client.post("/accounts/logout/")
    assert not Session.objects.filter(session_key=key).exists()
    assert client.get("/me/profile/").status_code == 302


def test_a_page_reads_its_session_from_redis_where_it_is_configured(client, teacher, django_assert_max_num_queries):
    client.force_login(teacher)
    client.get("/me/profile/")
    with django_assert_max_num_queries(50) as ctx:
        client.get("/me/profile/")
    session_reads = [q for q in ctx.captured_queries if "django_session" in q["sql"]]
    # With Redis (the deployment for many users) every request saves a database query; without it, the database.
    assert len(session_reads) == (0 if settings.REDIS_URL else 1)
