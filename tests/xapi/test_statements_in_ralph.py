"""Each event reaches a real LRS (Ralph) as the statement an analyst expects, read back with GET /xAPI/statements."""

import uuid

from django.conf import settings

from xapi.models import OutboxStatement, OutboxStatus
from xapi.services import outbox_send_pending

from .conftest import agent_of, lessons_of

ADL = "http://adlnet.gov/expapi/verbs/"


def _in_lrs(lrs, user) -> dict[str, dict]:
    """The teacher's statements the LRS holds, by verb IRI."""
    return {s["verb"]["id"]: s for s in lrs.statements(agent=agent_of(user))}


def test_an_assessment_passed_reaches_the_lrs_with_its_score_competency_and_stable_ids(lrs, passed_attempt):
    teacher = passed_attempt.user
    queued = {row.verb: row for row in OutboxStatement.objects.filter(user=teacher)}
    assert set(queued) == {"attempted", "passed", "mastered"}

    assert outbox_send_pending() == {"sent": 3, "failed": 0, "retry": 0}

    held = _in_lrs(lrs, teacher)
    assert set(held) == {f"{ADL}attempted", f"{ADL}passed", f"{ADL}mastered"}
    passed = held[f"{ADL}passed"]
    assert passed["id"] == str(queued["passed"].statement_id)
    assert passed["result"]["score"] == {"scaled": 1.0, "raw": 100.0, "min": 0, "max": 100}
    assert passed["result"]["success"] is True
    assert passed["object"]["id"] == f"{settings.SITE_URL}/assessments/xapi-ka1/"
    assert passed["context"]["registration"] == str(passed_attempt.uuid)
    grouping = {a["id"] for a in passed["context"]["contextActivities"]["grouping"]}
    assert f"{settings.SITE_URL}/framework/ictcft-v3/KA.1/" in grouping  # the ICT-CFT competency as context
    assert f"{settings.SITE_URL}/framework/ictcft-v3/level/KA/" in grouping
    # The verb and names in English and in the teacher's language (French).
    assert passed["verb"]["display"]["en"] == "passed"
    assert set(passed["verb"]["display"]) == {"en", "fr"}
    assert passed["context"]["language"] == "fr"

    mastered = held[f"{ADL}mastered"]
    assert mastered["object"]["id"] == f"{settings.SITE_URL}/framework/ictcft-v3/KA.1/"
    assert mastered["object"]["definition"]["type"] == "https://w3id.org/xapi/tla/activity-types/competency"


def test_the_actor_is_an_opaque_account_on_our_home_page_not_the_email(lrs, passed_attempt):
    teacher = passed_attempt.user
    outbox_send_pending()
    statements = lrs.statements(agent=agent_of(teacher))
    assert statements
    for statement in statements:
        account = statement["actor"]["account"]
        assert account["homePage"] == settings.SITE_URL
        assert uuid.UUID(account["name"])
        assert "mbox" not in statement["actor"]
        text = str(statement)
        assert teacher.email not in text and f"'{teacher.username}'" not in text


def test_a_failed_attempt_reports_failed_with_its_score(lrs, french_teacher, make_question, make_assessment):
    from assessments import services

    question = make_question("single", options=[{"text": "Right", "is_correct": True}, {"text": "Wrong"}])
    assessment = make_assessment([question], slug="xapi-fail")
    attempt = services.attempt_start(user=french_teacher, assessment=assessment)
    frozen = attempt.questions[0]
    wrong = next(o["token"] for o in frozen["options"] if o["token"] != frozen["key"]["correct"])
    services.attempt_answer_save(attempt=attempt, user=french_teacher, position=0, response=wrong, seq=1)
    services.attempt_submit(attempt=attempt, user=french_teacher)

    outbox_send_pending()

    held = _in_lrs(lrs, french_teacher)
    assert set(held) == {f"{ADL}attempted", f"{ADL}failed"}
    assert held[f"{ADL}failed"]["result"]["score"]["raw"] == 0.0
    assert held[f"{ADL}failed"]["result"]["success"] is False


def test_a_lesson_completed_names_the_lesson_its_module_and_competency(lrs, french_teacher, make_module):
    from cms.services import lesson_complete

    module = make_module("xapi-mod", code="KA.3", lessons=1)
    lesson = lessons_of(module)[0]
    lesson_complete(user=french_teacher, lesson=lesson)
    lesson_complete(user=french_teacher, lesson=lesson)  # a repeat is no new event

    assert outbox_send_pending()["sent"] == 1

    (completed,) = lrs.statements(agent=agent_of(french_teacher))
    assert completed["verb"]["id"] == f"{ADL}completed"
    assert completed["object"]["id"] == f"{settings.SITE_URL}/xapi/activities/pages/{lesson.translation_key}/"
    assert completed["object"]["definition"]["name"]["en"] == lesson.title
    context = completed["context"]["contextActivities"]
    assert context["parent"][0]["id"].endswith(f"/xapi/activities/pages/{module.translation_key}/")
    assert f"{settings.SITE_URL}/framework/ictcft-v3/KA.3/" in {a["id"] for a in context["grouping"]}


def test_level_attained_certificate_issued_and_revoked(lrs, french_teacher, framework_v3, certification_officer):
    from certificates.services import certificate_issue, certificate_revoke
    from tests.certificates.conftest import attain

    level = framework_v3.levels.get(code="KA")
    attain(french_teacher, level)
    certificate = certificate_issue(user=french_teacher, level=level)
    certificate_revoke(certificate=certificate, reason="Issued by mistake", by=certification_officer)

    outbox_send_pending()

    held = _in_lrs(lrs, french_teacher)
    mastered = [s for s in lrs.statements(agent=agent_of(french_teacher)) if s["verb"]["id"] == f"{ADL}mastered"]
    assert len(mastered) == level.competencies.count()
    qualified = held["https://w3id.org/xapi/tla/verbs/qualified"]
    assert qualified["object"]["id"] == f"{settings.SITE_URL}/framework/ictcft-v3/level/KA/"
    earned = held["http://specification.openbadges.org/xapi/verbs/earned.json"]
    assert earned["object"]["id"] == certificate.verify_url
    categories = {a["id"] for a in earned["context"]["contextActivities"]["category"]}
    assert "http://specification.openbadges.org/xapi/recipe/base/0" in categories
    revoked = held[f"{settings.SITE_URL}/xapi/verbs/revoked"]
    assert revoked["context"]["statement"] == {"objectType": "StatementRef", "id": earned["id"]}
    assert "Issued by mistake" not in str(revoked)  # the officer's reason stays with us


def test_sending_twice_sends_nothing_twice(lrs, passed_attempt):
    teacher = passed_attempt.user
    assert outbox_send_pending()["sent"] == 3
    assert outbox_send_pending() == {"sent": 0, "failed": 0, "retry": 0}
    # Even a row sent again (a worker that died before marking it) is one statement in the LRS.
    OutboxStatement.objects.filter(user=teacher).update(status=OutboxStatus.PENDING, sent_at=None)
    assert outbox_send_pending()["sent"] == 3
    statements = lrs.statements(agent=agent_of(teacher))
    assert len(statements) == 3 and len({s["id"] for s in statements}) == 3


def test_without_an_lrs_configured_nothing_is_queued(settings, passed_attempt):
    assert settings.XAPI_ENDPOINT == ""
    assert not OutboxStatement.objects.exists()
    assert outbox_send_pending() == {"sent": 0, "failed": 0, "retry": 0}


def test_a_deployment_that_asks_for_it_sends_the_email_as_the_actor(settings, lrs, make_user, make_module):
    from cms.services import lesson_complete

    settings.XAPI_ACTOR_MBOX = True
    teacher = make_user("mbox-teacher")
    lesson_complete(user=teacher, lesson=lessons_of(make_module("xapi-mbox", lessons=1))[0])

    assert outbox_send_pending()["sent"] == 1

    (held,) = lrs.statements(agent={"objectType": "Agent", "mbox": f"mailto:{teacher.email}"})
    assert held["actor"] == {"objectType": "Agent", "mbox": "mailto:mbox-teacher@example.org"}
