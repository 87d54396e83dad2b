"""A teacher's progress: stored on the server, idempotent, resumable."""

import pytest
from django.urls import reverse

from cms import services
from cms.models import LessonCompletion, ModuleEnrolment

from .conftest import PASSWORD, lessons_of


@pytest.fixture
def logged_in(client, teacher):
    client.login(username=teacher.username, password=PASSWORD)
    return client


def complete_url(lesson) -> str:
    return reverse("cms:lesson_complete", kwargs={"page_id": lesson.pk})


def test_marking_twice_records_one_completion(logged_in, teacher, make_module):
    module = make_module("twice", lessons=2)
    first = lessons_of(module)[0]
    for _ in range(2):
        response = logged_in.post(complete_url(first), {"then": "stay"})
        assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=teacher, lesson=first).count() == 1
    assert ModuleEnrolment.objects.filter(user=teacher, module=module).count() == 1


def test_the_service_returns_the_first_record_on_a_retry(teacher, make_module):
    module = make_module("retry", lessons=1)
    lesson = lessons_of(module)[0]
    first, created = services.lesson_complete(user=teacher, lesson=lesson)
    again, created_again = services.lesson_complete(user=teacher, lesson=lesson, method="reached_end")
    assert created and not created_again
    assert first.pk == again.pk and again.method == "marked"


def test_next_marks_the_lesson_done_and_goes_to_the_following_lesson(logged_in, teacher, make_module):
    module = make_module("next", lessons=3)
    one, two, three = lessons_of(module)
    response = logged_in.post(complete_url(one), {"then": "next"})
    assert response["Location"] == two.url
    assert LessonCompletion.objects.get(user=teacher, lesson=one).method == "reached_end"
    response = logged_in.post(complete_url(three), {"then": "next"})
    assert response["Location"] == module.url


def test_progress_bar_moves_and_module_page_resumes_at_first_unfinished_lesson(logged_in, make_module):
    module = make_module("resume", lessons=3)
    one, two, _three = lessons_of(module)
    page = logged_in.get(module.url).content.decode()
    assert "Lessons done: 0 of 3" in page
    assert "Start the module" in page
    start = logged_in.post(reverse("cms:module_start", kwargs={"page_id": module.pk}))
    assert start["Location"] == one.url
    logged_in.post(complete_url(one), {"then": "next"})
    page = logged_in.get(module.url).content.decode()
    assert "Lessons done: 1 of 3" in page
    assert f'href="{two.url}"' in page and "Continue" in page
    lesson_page = logged_in.get(two.url).content.decode()
    assert 'value="1"' in lesson_page and 'max="3"' in lesson_page


def test_my_learning_lists_modules_in_progress_and_done(logged_in, make_module):
    started = make_module("started", lessons=2, title="Started module")
    finished = make_module("finished", lessons=1, title="Finished module")
    make_module("untouched", lessons=1, title="Untouched module")
    logged_in.post(complete_url(lessons_of(started)[0]))
    logged_in.post(complete_url(lessons_of(finished)[0]))
    response = logged_in.get(reverse("cms:my_learning"))
    html = response.content.decode()
    path, lists = html.split('id="ip-h"')
    in_progress, done = lists.split('id="done-h"')
    assert "Started module" in in_progress and "Finished module" not in in_progress
    assert "Finished module" in done
    assert "Untouched module" not in lists
    assert "Untouched module" in path, "the path per level lists it among the modules not started"


def test_my_learning_shows_the_state_of_each_closing_assessment(logged_in, make_module, teacher):
    from assessments.demo import demo_assessments_ensure
    from assessments.models import Assessment
    from assessments.services import attempt_start
    from cms.models import ModuleAssessment

    demo_assessments_ensure()
    module = make_module("assessed", code="KA.1", lessons=2, title="Assessed module")
    closing = Assessment.objects.get(slug="module-ka-1")
    ModuleAssessment.objects.create(page=module, assessment=closing)
    logged_in.post(complete_url(lessons_of(module)[0]))
    card = _module_cards(logged_in.get(reverse("cms:my_learning")).content.decode())
    assert "Lessons done: 1 of 2" in card
    assert closing.title in card and "not started" in card
    attempt_start(user=teacher, assessment=closing)
    card = _module_cards(logged_in.get(reverse("cms:my_learning")).content.decode())
    assert "in progress" in card and "not started" not in card


def _module_cards(html: str) -> str:
    """The module cards under "In progress" and "Done", after the path per level."""
    return html.split('id="ip-h"')[1]


def test_anonymous_visitors_cannot_record_progress(client, make_module):
    module = make_module("anon", lessons=1)
    lesson = lessons_of(module)[0]
    response = client.post(complete_url(lesson))
    assert response.status_code == 302 and "login" in response["Location"]
    assert not LessonCompletion.objects.exists()
    assert client.get(reverse("cms:my_learning")).status_code == 302


def test_completing_needs_post_and_a_published_lesson(logged_in, make_module):
    module = make_module("draft", lessons=1)
    lesson = lessons_of(module)[0]
    assert logged_in.get(complete_url(lesson)).status_code == 405
    lesson.unpublish()
    assert logged_in.post(complete_url(lesson)).status_code == 404


def test_reflection_note_is_saved_privately_and_shown_again(logged_in, client, make_user, make_module):
    module = make_module("reflect", lessons=1)
    lesson = lessons_of(module)[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    url = reverse("cms:reflection_save", kwargs={"page_id": lesson.pk, "block_id": block_id})
    logged_in.post(url, {"text": "I will try pair work on Monday."})
    logged_in.post(url, {"text": "I will try pair work on Tuesday."})
    assert "pair work on Tuesday" in logged_in.get(lesson.url).content.decode()

    other = make_user("teacher2")
    client.logout()
    client.login(username=other.username, password=PASSWORD)
    assert "pair work on Tuesday" not in client.get(lesson.url).content.decode()


def test_reflection_note_with_a_nul_character_is_saved_without_it(logged_in, make_module):
    lesson = lessons_of(make_module("nul", lessons=1))[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    url = reverse("cms:reflection_save", kwargs={"page_id": lesson.pk, "block_id": block_id})
    assert logged_in.post(url, {"text": "Pair\x00 work"}).status_code < 400
    assert "Pair work" in logged_in.get(lesson.url).content.decode()


def test_reflection_too_long_or_unknown_prompt_is_refused_without_losing_the_text(logged_in, make_module):
    module = make_module("long", lessons=1)
    lesson = lessons_of(module)[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    text = "x" * 5001
    response = logged_in.post(
        reverse("cms:reflection_save", kwargs={"page_id": lesson.pk, "block_id": block_id}), {"text": text}
    )
    assert response.status_code == 400
    assert text in response.content.decode()
    response = logged_in.post(
        reverse("cms:reflection_save", kwargs={"page_id": lesson.pk, "block_id": "nope"}), {"text": "hi"}
    )
    assert response.status_code == 400 and "not part of the lesson" in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/learn/modules/{n}/start/", "/learn/lessons/{n}/complete/", "/learn/lessons/{n}/reflections/b/"]
)
def test_a_page_number_too_large_for_the_database_is_not_found(logged_in, url):
    assert logged_in.post(url.format(n=10**30)).status_code == 404
