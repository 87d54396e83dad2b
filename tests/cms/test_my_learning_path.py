"""My learning shows the path per level: competencies mastered, modules by state, and the level exam's state."""

import re

import pytest

from assessments import services
from assessments.models import Assessment
from cms.models import ModulePage
from cms.services import module_start
from competency.models import Competency
from competency.services import EvidenceInput, evidence_record_many
from tests.assessments.conftest import correct_response

pytestmark = pytest.mark.django_db


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _level(html: str, code: str) -> str:
    start = html.index(f'id="level-path-{code.lower()}"')
    end = html.find('<section class="level-path', start)
    return _text(html[start : end if end > 0 else len(html)])


def _pass(user, slug: str) -> None:
    attempt = services.attempt_start(user=user, assessment=Assessment.objects.get(slug=slug))
    for i, q in enumerate(attempt.questions):
        services.attempt_answer_save(attempt=attempt, user=user, position=i, response=correct_response(q), seq=1)
    services.attempt_submit(attempt=attempt, user=user)


def test_a_new_teacher_sees_every_level_with_what_is_left(demo, teacher, client):
    client.force_login(teacher)
    html = client.get("/learn/my/").content.decode()
    assert "Your path to certification" in html and 'href="/assessments/"' in html
    ka, kd, kc = (_level(html, code) for code in ("KA", "KD", "KC"))
    assert "Knowledge Acquisition" in ka and "Competencies mastered: 0 of 6" in ka
    assert "Still to master: KA.1, KA.2, KA.3, KA.4, KA.5, KA.6." in ka
    assert "Done: 0 · In progress: 0 · Not started: 6" in ka
    assert "Level 1 certification exam" in ka and "Start the assessment" in ka
    assert "This exam opens once you have attained the level Knowledge Acquisition." in kd
    assert "This exam opens once you have attained the level Knowledge Deepening." in kc
    assert 'href="/assessments/exam-ka/"' in html
    for module in ModulePage.objects.live().filter(level__code="KA", locale__language_code="en"):
        assert f'href="{module.url}"' in html, "every module of the level is linked"


def test_progress_shows_after_a_module_is_started_and_its_assessment_passed(demo, teacher, client):
    module = ModulePage.objects.live().filter(level__code="KA", locale__language_code="en").order_by("path").first()
    module_start(user=teacher, module=module)
    _pass(teacher, "module-ka-3")
    client.force_login(teacher)
    ka = _level(client.get("/learn/my/").content.decode(), "KA")
    assert "Competencies mastered: 1 of 6" in ka
    assert "Still to master: KA.1, KA.2, KA.4, KA.5, KA.6." in ka
    assert "Done: 0 · In progress: 1 · Not started: 5" in ka


def test_once_level_1_is_attained_the_certificate_is_linked_and_the_level_2_exam_opens(demo, teacher, client):
    evidence_record_many(
        user=teacher,
        source_type="test",
        source_id="ka",
        items=[
            EvidenceInput(competency=c, score=100, passed=True) for c in Competency.objects.filter(level__code="KA")
        ],
    )
    client.force_login(teacher)
    html = client.get("/learn/my/").content.decode()
    ka, kd = _level(html, "KA"), _level(html, "KD")
    assert "Competencies mastered: 6 of 6" in ka and "You attained this level on" in ka
    assert "See your certificate" in ka
    assert "This exam opens once" not in kd and "Start the assessment" in kd


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_path_renders_in_other_languages(demo, make_user, client, language):
    client.force_login(make_user("t2", preferred_language=language))
    response = client.get("/learn/my/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()
    assert response.content.decode().count('class="level-path card"') == 3


def test_my_learning_queries_stay_flat_as_progress_grows(demo, teacher, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        client.get("/learn/my/")  # warm: session, site root, content types
        with CaptureQueriesContext(connection) as queries:
            client.get("/learn/my/")
        return len(queries.captured_queries)

    client.force_login(teacher)
    fresh = count()
    for module in ModulePage.objects.live().filter(locale__language_code="en").order_by("path")[:5]:
        module_start(user=teacher, module=module)
    _pass(teacher, "module-ka-1")
    _pass(teacher, "module-kd-2")
    busy = count()
    assert fresh <= 30, fresh  # 25 measured with the demo
    assert busy <= fresh + 6, (fresh, busy)  # module cards of started modules add a fixed few, not one per module
