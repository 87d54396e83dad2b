import pytest

from tests.cms.conftest import catalog, lessons_of, make_module  # noqa: F401 - fixtures for this directory


@pytest.fixture
def lesson(make_module):  # noqa: F811
    return lessons_of(make_module("disc", lessons=1))[0]


@pytest.fixture
def cohort(trainer, teacher):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    cohort = cohort_create(name="Riverside", trainer=trainer)
    CohortMembership.objects.create(cohort=cohort, user=teacher)
    return cohort


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()  # rate limits and cached counts start afresh
    yield
    cache.clear()
