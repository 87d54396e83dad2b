"""Authors cannot inject markup: whatever is stored, a script never reaches the page as a script."""

import re

from cms.models import LessonPage
from cms.richtext import richtext_clean


def test_the_cleaner_drops_scripts_handlers_and_javascript_links():
    html = str(
        richtext_clean(
            '<p onclick="steal()">Hi<script>alert(1)</script></p><a href="javascript:alert(2)">x</a>'
            '<img src="x" onerror="alert(3)"><iframe src="//evil"></iframe>'
        )
    )
    assert "<script" not in html
    assert "onclick" not in html and "onerror" not in html
    assert "javascript:" not in html
    assert "<iframe" not in html
    assert "<p>Hi" in html


def test_a_lesson_with_script_in_its_rich_text_never_renders_it(catalog, make_module, client):
    module = make_module("xss", lessons=1)
    lesson = LessonPage.objects.child_of(module).get()
    lesson.body = [
        ("text", '<p>Before</p><script>alert("x")</script><p onmouseover="alert(1)">After</p>'),
        ("callout", {"kind": "tip", "title": "<script>t()</script>", "text": "<p>ok<script>c()</script></p>"}),
        ("heading", {"text": "<script>h()</script>", "size": "h2"}),
    ]
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "Before" in html and "After" in html
    assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", html), "only the site's own static scripts"
    assert "onmouseover" not in html
    assert "&lt;script&gt;t()" in html  # plain-text fields are escaped, not executed
