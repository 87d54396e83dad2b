"""Lesson and catalogue pages are kept whole, each visitor's parts added per view (ADR 0162): what one visitor sees
of their own never reaches another, and what is served from the frame is the page as it renders in place."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms.models import LessonPage

from .conftest import PASSWORD, lessons_of
from .test_translations import _get

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def module(make_module):
    return make_module("framed", title="Framed module", lessons=3)


def _kept(url: str, language: str = "en", *, data_saver: bool = False) -> bool:
    from cms.page_frame import frame_key

    return cache.get(frame_key(host="testserver", path=url, language=language, data_saver=data_saver)) is not None


def _signed_in(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.login(username=user.username, password=PASSWORD)
    return client


def test_a_second_view_is_served_from_the_frame_without_routing_the_page(client, teacher, module):
    lesson = lessons_of(module)[1]
    client.login(username=teacher.username, password=PASSWORD)
    first = _get(client, lesson.url, "en")
    with CaptureQueriesContext(connection) as queries:
        second = _get(client, lesson.url, "en")
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "wagtailcore_page" not in tables and "wagtailcore_site" not in tables
    assert len(queries.captured_queries) <= 6  # the budget; session, user, roles and marks on SQLite
    assert TOKEN.sub("", first) == TOKEN.sub("", second)


def test_teachers_share_a_frame_but_each_gets_their_own_progress_note_navigation_and_token(module, teacher, make_user):
    first, second, _ = lessons_of(module)
    block = next(b.id for b in second.body if b.block_type == "reflection")
    mine, theirs = _signed_in(teacher), _signed_in(make_user("frame-other", roles=("Teacher", "Trainer")))
    page = _get(mine, first.url, "en")
    done = mine.post(f"/learn/lessons/{first.pk}/complete/", {"csrfmiddlewaretoken": TOKEN.search(page)[1]})
    assert done.status_code in (200, 302)
    page = _get(mine, second.url, "en")
    saved = mine.post(
        f"/learn/lessons/{second.pk}/reflections/{block}/",
        {"text": "Only the first teacher", "csrfmiddlewaretoken": TOKEN.search(page)[1]},
    )
    assert saved.status_code in (200, 302)
    mine_html = _get(mine, second.url, "en")
    theirs_html = _get(theirs, second.url, "en")  # the same frame
    assert "Lessons done: 1 of 3" in mine_html and "Only the first teacher" in mine_html
    assert "Lessons done: 0 of 3" in theirs_html and "Only the first teacher" not in theirs_html
    assert ">Cohorts<" in theirs_html and ">Cohorts<" not in mine_html  # a trainer's navigation, not a teacher's
    # Each token is the visitor's own: the other teacher's form posts with it and is accepted.
    tokens = set(TOKEN.findall(theirs_html))
    assert tokens and not tokens & set(TOKEN.findall(mine_html))
    answer = theirs.post(f"/learn/lessons/{second.pk}/complete/", {"csrfmiddlewaretoken": tokens.pop(), "then": "stay"})
    assert answer.status_code in (200, 302)
    assert "Lessons done: 1 of 3" in _get(theirs, second.url, "en")


def test_an_anonymous_visitor_gets_the_signed_in_teachers_frame_without_anything_of_theirs(client, teacher, module):
    lesson = lessons_of(module)[0]
    reader = _signed_in(teacher)
    signed_in = _get(reader, lesson.url, "en")
    anonymous = _get(client, lesson.url, "en")
    assert "Log out" in signed_in and "Log out" not in anonymous
    assert "Log in to keep track of your progress." in anonymous
    assert not set(TOKEN.findall(signed_in)) & set(TOKEN.findall(anonymous))
    assert f'data-user="{teacher.pk}"' in signed_in and f'data-user="{teacher.pk}"' not in anonymous


def test_query_strings_render_in_place_and_languages_and_data_saver_have_frames_of_their_own(client, teacher, module):
    lesson = lessons_of(module)[0]
    client.login(username=teacher.username, password=PASSWORD)
    cache.clear()
    _get(client, lesson.url + "?play=1", "en")
    assert not _kept(lesson.url)
    _get(client, lesson.url, "en")
    assert _kept(lesson.url) and not _kept(lesson.url, "fr")
    _get(client, lesson.url, "fr")
    assert _kept(lesson.url, "fr") and not _kept(lesson.url, data_saver=True)
    teacher.data_saver = True
    teacher.save(update_fields=["data_saver"])
    assert "Data saver is on" in _get(client, lesson.url, "en")
    assert _kept(lesson.url, data_saver=True)


def test_a_page_with_a_view_restriction_is_never_kept_whole(client, teacher, module):
    lesson = lessons_of(module)[0]
    PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.LOGIN)
    cache.clear()
    client.login(username=teacher.username, password=PASSWORD)
    assert "Lesson 1 of framed" in _get(client, lesson.url, "en")
    assert not _kept(lesson.url)
    client.logout()
    assert client.get(lesson.url).status_code == 302  # to the log-in page, as before


def test_a_restriction_added_after_the_frame_was_made_applies_at_once(client, teacher, module):
    lesson = lessons_of(module)[0]
    assert _get(client, lesson.url, "en")  # an anonymous view makes the frame
    PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(lesson.url).status_code == 302


def test_publishing_replaces_the_frame_at_once(client, module):
    lesson = lessons_of(module)[0]
    assert "Lesson 1 of framed" in _get(client, lesson.url, "en")
    page = LessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    page.title = "Renamed while framed"
    page.save_revision().publish()
    assert "<h1>Renamed while framed</h1>" in _get(client, lesson.url, "en")


def test_the_catalogue_is_kept_whole_and_its_filters_render_in_place(client, teacher, module):
    client.login(username=teacher.username, password=PASSWORD)
    cache.clear()
    first = _get(client, "/modules/", "en")
    assert "Framed module" in first and "Log out" in first and _kept("/modules/")
    cache.clear()
    filtered = _get(client, "/modules/?q=nothing-matches-this", "en")
    assert "Nothing matches these words." in filtered and not _kept("/modules/")


def test_a_frame_that_would_share_a_token_is_never_kept(rf, teacher, settings, tmp_path):
    """A CSRF token asked for outside a part spoils the frame: the page renders in place instead."""
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.cache import SessionStore

    from common.visitor_parts import frame_render

    (tmp_path / "leaky.html").write_text(
        '{% load visitor_parts %}<form>{% csrf_token %}</form>{% visitor_part "includes/messages.html" %}'
    )
    (tmp_path / "sound.html").write_text(
        '<p>Shared</p>{% load visitor_parts %}{% visitor_part "includes/nav_account.html" %}'
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    request = rf.get("/")
    request.user, request.session = teacher, SessionStore()
    request._messages = FallbackStorage(request)
    assert not frame_render(template_name="leaky.html", context={}, request=request).shareable
    frame = frame_render(template_name="sound.html", context={}, request=request)
    assert frame.shareable and frame.texts[0] == "<p>Shared</p>" and "Log out" not in "".join(frame.texts)
    assert "Log out" in frame.fill(request)


def test_the_discussion_link_and_its_count_stay_current_on_a_kept_page(client, teacher, module):
    lesson = lessons_of(module)[0]
    client.login(username=teacher.username, password=PASSWORD)
    assert "Discussion: ask a question or share an idea" in _get(client, lesson.url, "en")
    client.post(f"/discussion/page/{lesson.pk}/", {"title": "A question", "body": "Why?"})
    assert "Discussion (1 post)" in _get(client, lesson.url, "en")
