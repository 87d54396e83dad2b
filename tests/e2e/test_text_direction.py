"""An English lesson shown on an Arabic page (no translation yet) reads left to right, formulas included; its Arabic
translation reads right to left with the formula still left to right."""

import pytest

from tests.e2e.pages import phone_context

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_untranslated_lesson_and_its_formula_stay_left_to_right_in_arabic(browser, live_server, demo, tmp_path):
    from wagtail.models import Locale

    from cms.models import LessonPage

    lesson = LessonPage.objects.live().filter(body__icontains="=AVERAGE(B2:F2)", locale__language_code="en").first()
    assert lesson is not None, "the demo's spreadsheet lesson has the formula"
    context, page = phone_context(browser, live_server, language="ar")
    try:
        page.goto(lesson.url)
        # The Arabic translation is in the page's language: it reads right to left with the page.
        assert page.locator("article.lesson").get_attribute("lang") in (None, "ar")
        assert page.evaluate("() => getComputedStyle(document.querySelector('article.lesson p')).direction") == "rtl"
        formula = page.locator("article.lesson code", has_text="=AVERAGE(B2:F2)").first
        assert formula.evaluate("e => getComputedStyle(e).direction") == "ltr"
        # Without its Arabic translation the lesson is shown in English, in its own direction.
        lesson.get_translation(Locale.objects.get(language_code="ar")).unpublish()
        page.goto(lesson.url)
        assert page.evaluate("() => document.documentElement.dir") == "rtl"
        article = page.locator("article.lesson")
        assert article.get_attribute("lang") == "en" and article.get_attribute("dir") == "ltr"
        assert page.evaluate("() => getComputedStyle(document.querySelector('article.lesson p')).direction") == "ltr"
        code = page.locator("article.lesson code", has_text="=AVERAGE(B2:F2)").first
        assert code.evaluate("e => getComputedStyle(e).direction") == "ltr"
        assert code.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
        # The English paragraph starts at the left edge, the Arabic note above it at the right.
        width = page.viewport_size["width"]
        paragraph = page.locator("article.lesson p").first.evaluate(
            "e => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects()[0].left; }"
        )
        assert paragraph < width / 3
        note = page.locator("p.notice").first
        assert "English" not in note.inner_text()
        page.screenshot(path=str(tmp_path / "lesson-en-in-ar.png"), full_page=True)
    finally:
        context.close()
