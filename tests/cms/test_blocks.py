"""Every lesson block renders through its own template, light and usable without JavaScript."""

import re

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from cms.models import LessonPage

from .conftest import lessons_of


def render_lesson(client, make_module, body) -> str:
    module = make_module("blocks", lessons=1)
    lesson = lessons_of(module)[0]
    lesson.body = body
    lesson.save_revision().publish()
    return client.get(LessonPage.objects.get(pk=lesson.pk).url).content.decode()


def test_media_table_and_download_blocks(client, make_module):
    doc = get_document_model().objects.create(title="Lesson plan template", file=ContentFile(b"plan", name="plan.txt"))
    html = render_lesson(
        client,
        make_module,
        [
            (
                "video",
                {"title": "Water cycle", "url": "https://www.youtube.com/watch?v=abc", "transcript": "Rain falls."},
            ),
            ("audio", {"title": "Story", "file": None, "url": "https://example.org/story.mp3", "transcript": "Once…"}),
            ("document", {"document": doc, "description": "Print one per group."}),
            (
                "table",
                {
                    "data": [["Device", "Use"], ["Phone", "Camera"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Devices",
                },
            ),
        ],
    )
    # The heavy player is not loaded until asked for; the transcript is always there.
    assert "<iframe" not in html
    assert "?play=" in html and "Load and play the video" in html
    assert "<details><summary>Read the transcript</summary>" in html and "Rain falls." in html
    assert '<audio controls preload="none" src="https://example.org/story.mp3">' in html
    assert doc.url in html and "Print one per group." in html
    assert "<caption>Devices</caption>" in html and '<th scope="col">Device</th>' in html and "<td>Camera</td>" in html


def test_quick_check_feedback_works_without_javascript(client, make_module):
    html = render_lesson(
        client,
        make_module,
        [
            (
                "quick_check",
                {
                    "question": "Which is bigger?",
                    "options": [
                        {"text": "1/3", "correct": True, "feedback": "Thirds are bigger pieces."},
                        {"text": "1/4", "correct": False, "feedback": "Four pieces are smaller."},
                    ],
                },
            )
        ],
    )
    assert html.count('<details class="option">') == 2
    assert "<summary>1/3</summary>" in html and "Thirds are bigger pieces." in html
    # The page loads the offline layer (pwa.js), but the quick check needs no script: none inline, none on it.
    assert not re.search(r"<script(?![^>]*\bsrc=)", html) and " onclick=" not in html
