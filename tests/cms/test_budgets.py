"""Budgets a teacher on a cheap phone notices: page weight and queries per lesson page."""

import re

import pytest

from cms.models import LessonPage

from .conftest import PASSWORD, lessons_of

ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


@pytest.fixture
def big_tree(make_module):
    """Many modules, each with many lessons, each with many blocks, images among them."""
    from cms.demo import _image

    images = [_image(name) for name in ("ka5-layouts.svg", "ka1-policy.svg")]
    modules = [make_module(f"big-{n}", lessons=6, blocks=8) for n in range(8)]
    for lesson in LessonPage.objects.all():
        lesson.body.extend(("image", {"image": img, "alt": "A plan", "caption": ""}) for img in images)
        lesson.save_revision().publish()
    return modules


def test_lesson_page_queries_stay_flat_however_big_the_tree(client, teacher, big_tree, django_assert_max_num_queries):
    client.login(username=teacher.username, password=PASSWORD)
    lessons = lessons_of(big_tree[3])
    client.post(f"/learn/lessons/{lessons[0].pk}/complete/")
    note_block = next(b.id for b in lessons[2].body if b.block_type == "reflection")
    client.post(f"/learn/lessons/{lessons[2].pk}/reflections/{note_block}/", {"text": "My private note"})
    target = lessons[2]
    client.get(target.url)  # warm the site-root cache a running server keeps
    with django_assert_max_num_queries(4):  # the page kept whole (ADR 0162); 8 with only its body cached, 10 bypassed
        response = client.get(target.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lessons done: 1 of 6" in html and "My private note" in html and html.count("<img") >= 2


def test_lesson_page_html_css_js_fit_in_60_kb(client, teacher, big_tree):
    client.login(username=teacher.username, password=PASSWORD)
    lesson = LessonPage.objects.live().order_by("-path").first()
    response = client.get(lesson.url)
    html = response.content
    total = len(html)
    for href in ASSET.findall(html.decode()):
        asset = client.get(href)
        assert asset.status_code == 200, href
        total += len(b"".join(asset.streaming_content) if asset.streaming else asset.content)
    assert total <= 60 * 1024, total
