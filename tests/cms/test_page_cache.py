"""Lesson, module and catalogue pages come from the cache, and an editor's change shows on the next view."""

import pytest
from wagtail.models import Locale

from cms.models import LessonPage, ModulePage

from .conftest import PASSWORD, lessons_of
from .test_translations import _french, _get


@pytest.fixture
def module(make_module):
    return make_module("cached", title="Cached module", lessons=3)


@pytest.fixture
def reader(client, teacher):
    client.login(username=teacher.username, password=PASSWORD)
    return client


def _republish(page, **fields):
    page = page.specific.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_a_lesson_from_the_cache_keeps_the_teachers_own_note_and_progress(reader, module):
    first, second, _ = lessons_of(module)
    block = next(b.id for b in second.body if b.block_type == "reflection")
    _get(reader, second.url, "en")  # fills the cache
    reader.post(f"/learn/lessons/{first.pk}/complete/")
    reader.post(f"/learn/lessons/{second.pk}/reflections/{block}/", {"text": "Only mine"})
    html = _get(reader, second.url, "en")
    assert "Lessons done: 1 of 3" in html and "Only mine" in html and 'name="csrfmiddlewaretoken"' in html


def test_another_teacher_never_sees_a_note_cached_with_the_page(client, module, teacher, make_user):
    second = lessons_of(module)[1]
    block = next(b.id for b in second.body if b.block_type == "reflection")
    client.login(username=teacher.username, password=PASSWORD)
    client.post(f"/learn/lessons/{second.pk}/reflections/{block}/", {"text": "Secret of the first"})
    assert "Secret of the first" in _get(client, second.url, "en")
    other = make_user("other-teacher")
    client.logout()
    client.login(username=other.username, password=PASSWORD)
    assert "Secret of the first" not in _get(client, second.url, "en")


def test_publishing_a_lesson_shows_its_new_text_at_once(reader, module):
    first = lessons_of(module)[0]
    assert "Paragraph 0 about" in _get(reader, first.url, "en")
    body = first.body
    body[1] = ("text", "<p>Rewritten paragraph.</p>")
    _republish(first, body=body, title="Lesson renamed")
    html = _get(reader, first.url, "en")
    assert "Rewritten paragraph." in html and "<h1>Lesson renamed</h1>" in html
    assert "Lesson renamed" in _get(reader, lessons_of(module)[1].url, "en")  # the sibling's previous link too
    assert "Lesson renamed" in _get(reader, module.url, "en")  # and the module's list


def test_publishing_and_unpublishing_a_translation_shows_at_once(reader, module):
    first = lessons_of(module)[0]
    assert 'class="notice"' in _get(reader, first.url, "fr")
    _french(first, {"Lesson 1 of cached": "Leçon un"})
    assert "<h1>Leçon un</h1>" in _get(reader, first.url, "fr")
    french = LessonPage.objects.get(
        translation_key=first.translation_key, locale=Locale.objects.get(language_code="fr")
    )
    _republish(french, title="Leçon une")
    assert "<h1>Leçon une</h1>" in _get(reader, first.url, "fr")
    french.unpublish()
    html = _get(reader, first.url, "fr")
    assert "<h1>Lesson 1 of cached</h1>" in html and 'class="notice"' in html


def test_unpublishing_or_moving_a_lesson_updates_its_siblings_at_once(reader, module, make_module):
    first, second, third = lessons_of(module)
    assert "Lesson 3 of 3" in _get(reader, third.url, "en")
    second.unpublish()
    assert "Lesson 2 of 2" in _get(reader, third.url, "en")
    assert "Lesson 2 of cached" not in _get(reader, module.url, "en")
    elsewhere = make_module("elsewhere", code="KD.3", lessons=1)
    third.specific.move(elsewhere, pos="last-child")
    assert "Lesson 1 of 1" in _get(reader, first.url, "en")
    moved = LessonPage.objects.get(pk=third.pk)
    assert "Lesson 2 of 2" in _get(reader, moved.url, "en")


def test_an_image_edited_or_deleted_shows_at_once(reader, module):
    from cms.demo import _image

    first = lessons_of(module)[0]
    image = _image("ka5-layouts.svg")
    page = first.specific.get_latest_revision_as_object()
    page.body.append(("image", {"image": image, "alt": "A classroom plan", "caption": "First caption"}))
    page.save_revision().publish()
    html = _get(reader, first.url, "en")
    assert 'alt="A classroom plan"' in html
    image.delete()
    assert 'alt="A classroom plan"' not in _get(reader, first.url, "en")


def test_data_saver_gets_its_own_cached_body(reader, module, teacher):
    from cms.demo import _image

    first = lessons_of(module)[0]
    page = first.specific.get_latest_revision_as_object()
    page.body.append(("image", {"image": _image("ka5-layouts.svg"), "alt": "A classroom plan", "caption": ""}))
    page.save_revision().publish()
    assert "<img" in _get(reader, first.url, "en")
    type(teacher).objects.filter(pk=teacher.pk).update(data_saver=True)  # as the profile's switch does
    assert "<img" not in _get(reader, first.url, "en")


def test_a_preview_shows_the_draft_not_the_cached_page(rf, administrator, module):
    first = lessons_of(module)[0]
    draft = first.specific.get_latest_revision_as_object()
    body = draft.body
    body[1] = ("text", "<p>Draft paragraph.</p>")
    draft.save_revision()
    request = rf.get(first.url)
    request.user = administrator
    first.specific.serve(request)  # the live page fills the cache
    preview = draft.make_preview_request(original_request=request)
    assert b"Draft paragraph." in preview.render().content if hasattr(preview, "render") else preview.content


def test_the_catalogue_shows_a_new_module_and_a_renamed_one_at_once(reader, module, make_module):
    catalog_url = module.get_parent().url
    assert "Cached module" in _get(reader, catalog_url, "en")
    make_module("brand-new", code="KD.3", title="Brand new module")
    assert "Brand new module" in _get(reader, catalog_url, "en")
    _republish(ModulePage.objects.get(pk=module.pk), title="Renamed module")
    html = _get(reader, catalog_url, "en")
    assert "Renamed module" in html and "Cached module" not in html


def test_cached_pages_stay_within_their_query_budgets_in_every_language(reader, module, django_assert_max_num_queries):
    """Cache bypassed, a lesson costs 10 queries or more: these budgets fail."""
    first = lessons_of(module)[0]
    _french(first, {"Lesson 1 of cached": "Leçon un"})
    for language in ("en", "fr", "es", "ar"):
        _get(reader, first.url, language)
        with django_assert_max_num_queries(LESSON_BUDGET):
            _get(reader, first.url, language)
    catalog_url = module.get_parent().url
    _get(reader, catalog_url, "fr")
    with django_assert_max_num_queries(CATALOG_BUDGET):
        _get(reader, catalog_url, "fr")


# The goal for a lesson (≤ 6). Kept whole (ADR 0162) it costs session, user, the teacher's groups and marks
# in every language; on PostgreSQL + Redis the session read goes to Redis: one fewer.
LESSON_BUDGET = 6
CATALOG_BUDGET = 9
