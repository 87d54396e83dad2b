"""Fixtures for the xAPI tests: a real Ralph LRS for the session, the platform pointed at it, and events to report."""

import pytest
from django.utils import timezone

from tests.assessments.conftest import competencies, correct_response, make_assessment, make_question  # noqa: F401,F811
from tests.cms.conftest import catalog, lessons_of, make_module  # noqa: F401
from tests.support.ralph.server import RalphLRS


@pytest.fixture(scope="session")
def ralph(tmp_path_factory):
    lrs = RalphLRS(tmp_path_factory.mktemp("ralph")).start()
    yield lrs
    lrs.stop()


def point_at(settings, *, endpoint: str, key: str = RalphLRS.username, secret: str = RalphLRS.password) -> None:
    settings.XAPI_ENDPOINT = endpoint
    settings.XAPI_KEY = key
    settings.XAPI_SECRET = secret
    # Generous: a loaded CI machine can take seconds over Ralph's first bcrypt check. The hang test sets its own.
    settings.XAPI_TIMEOUT = 30.0


@pytest.fixture
def lrs(settings, ralph):
    """The platform configured to send to Ralph (as an operator sets XAPI_ENDPOINT, XAPI_KEY, XAPI_SECRET)."""
    point_at(settings, endpoint=ralph.endpoint)
    return ralph


@pytest.fixture
def french_teacher(make_user):
    return make_user("amina", preferred_language="fr")


@pytest.fixture
def passed_attempt(french_teacher, make_question, make_assessment):  # noqa: F811 (fixtures imported above)
    """A French-speaking teacher submits a one-question KA.1 test with the right answer."""
    from assessments import services

    question = make_question("single", options=[{"text": "Right answer", "is_correct": True}, {"text": "Wrong answer"}])
    assessment = make_assessment([question], slug="xapi-ka1")
    attempt = services.attempt_start(user=french_teacher, assessment=assessment)
    services.attempt_answer_save(
        attempt=attempt,
        user=french_teacher,
        position=0,
        response=correct_response(attempt.questions[0]),
        seq=1,
    )
    return services.attempt_submit(attempt=attempt, user=french_teacher, now=timezone.now())


def agent_of(user) -> dict:
    """The actor the LRS files the teacher's statements under (an account on our home page)."""
    from django.conf import settings

    from xapi.models import LearnerAccount

    name = LearnerAccount.objects.get(user=user).name
    return {"objectType": "Agent", "account": {"homePage": settings.SITE_URL, "name": str(name)}}
