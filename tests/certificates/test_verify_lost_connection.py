"""The verification lookup checks a kept connection by running on it (no "SELECT 1" first), and a connection the
server dropped meanwhile still gives the right page (ADR 0130). PostgreSQL leg only: SQLite has no server."""

import psycopg
import pytest
from django.core.cache import cache
from django.db import connection
from django.urls import reverse

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def health_checks(settings, monkeypatch):
    """Production's CONN_HEALTH_CHECKS on a kept connection, at the start of a request; counts the checks."""
    settings.CERTIFICATE_LOOKUP_RATE = "1000/m"
    cache.clear()
    checks = []
    real = connection.is_usable
    monkeypatch.setattr(connection, "is_usable", lambda: checks.append(1) or real())
    monkeypatch.setitem(connection.settings_dict, "CONN_HEALTH_CHECKS", True)
    connection.close()
    connection.ensure_connection()  # connect() reads the setting

    def new_request() -> None:
        connection.health_check_done = False  # what close_old_connections does as a request starts
        cache.clear()

    yield checks, new_request
    connection.close()
    cache.clear()


def test_a_first_visit_sends_no_separate_health_check(client, certificate, health_checks):
    checks, new_request = health_checks
    new_request()
    assert ">VALID<" in client.get(f"/verify/{certificate.code}/").content.decode()
    assert checks == []
    new_request()
    client.get(reverse("competency:framework_current"))  # any other page keeps Django's check
    assert checks == [1]


def test_a_connection_dropped_between_requests_is_replaced_and_the_page_is_right(client, certificate, health_checks):
    checks, new_request = health_checks
    new_request()
    pid = connection.connection.info.backend_pid
    db = connection.settings_dict
    with psycopg.connect(
        host=db["HOST"], port=db["PORT"], user=db["USER"], dbname=db["NAME"], autocommit=True
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    response = client.get(f"/verify/{certificate.code}/")
    assert response.status_code == 200 and ">VALID<" in response.content.decode()
    assert connection.connection.info.backend_pid != pid
