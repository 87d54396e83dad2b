"""schemathesis against the API's own OpenAPI document (/api/v1/openapi.json), through the WSGI app.

Every operation gets generated requests (bounded examples) as an anonymous client and as a trainer holding a Bearer
token for the reports API; no response may be a server error, and every response must match the schema the API
publishes (status code declared, body of the declared shape).
"""

import io

import pytest
import schemathesis
from django.core.management import call_command
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

# The WSGI transport hands over the body as the app wrote it: no gzip, so the checks read the JSON itself.
IDENTITY = {"Accept-Encoding": "identity"}
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]


@pytest.fixture
def api_world(db, make_user):
    """A framework, a certificate, a cohort of the trainer and the trainer's API token."""
    from wagtail.models import APIToken

    from certificates.services import certificate_issue
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create
    from competency.models import Framework
    from tests.certificates.conftest import attain

    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    level = Framework.objects.get(slug="ictcft-v3").levels.get(code="KA")
    teacher = make_user("teacher1", country="Kenya", region="Nairobi")
    trainer = make_user("trainer1", roles=("Teacher", "Trainer"))
    attain(teacher, level)
    certificate_issue(user=teacher, level=level)
    cohort = cohort_create(name="Riverside", trainer=trainer)
    CohortMembership.objects.create(cohort=cohort, user=teacher)
    _token, raw = APIToken.create_token(user=trainer, name="schemathesis")
    return {"token": raw}


@pytest.fixture(autouse=True)
def _keep_the_tests_connection():
    """schemathesis calls the WSGI app directly, so Django's request signals run; close_old_connections would close
    the connection that holds the test's transaction (on PostgreSQL). Django's own test client disconnects it too."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _schema():
    # Loaded when the module is collected (schemathesis.pytest.from_fixture fails under pytest 9): fetching the
    # document touches no database.
    from config.wsgi import application

    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


schema = _schema()


def _no_rate_limit():
    from django.core.cache import cache

    cache.clear()


@schema.parametrize()
@settings(max_examples=20, suppress_health_check=list(HealthCheck), deadline=None)
def test_api_anonymous(case, api_world):
    _no_rate_limit()
    case.call_and_validate(headers=IDENTITY, checks=CHECKS)


@schema.parametrize()
@settings(max_examples=20, suppress_health_check=list(HealthCheck), deadline=None)
def test_api_trainer_with_token(case, api_world):
    _no_rate_limit()
    case.call_and_validate(headers={**IDENTITY, "Authorization": f"Bearer {api_world['token']}"}, checks=CHECKS)
