"""A trainer reads the cohort reports on a 360 px phone, in English and in Arabic: text of a readable size, level
names kept and on the reading side, no link nested inside a drawing."""

import pytest

from tests.e2e.pages import phone_context

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

MIN_PX = 12

# Every piece of text of the heatmap, funnel and teacher table with its computed size and box.
TEXT_SIZES = """(selector) => [...document.querySelectorAll(selector)].filter(e => e.textContent.trim()).map(e => {
  const r = e.getBoundingClientRect();
  return {text: e.textContent.trim().slice(0, 40), size: parseFloat(getComputedStyle(e).fontSize),
          left: r.left, right: r.right, width: r.width, height: r.height};
})"""


def _trainer_and_cohort():
    from django.contrib.auth import get_user_model

    from cohorts.models import Cohort

    return get_user_model().objects.get(username="trainer"), Cohort.objects.get(name="Riverside district · 2026 intake")


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_heatmap_funnel_and_teacher_table_are_readable_at_360_px(browser, live_server, demo, tmp_path, language):
    from competency.models import Level

    trainer, cohort = _trainer_and_cohort()
    context, page = phone_context(browser, live_server, language=language, user=trainer)
    try:
        page.goto(f"/cohorts/{cohort.pk}/reports/heatmap/")
        assert page.evaluate("() => document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
        assert page.evaluate("() => document.querySelectorAll('svg a, svg [tabindex]').length") == 0
        labels = page.evaluate(TEXT_SIZES, "table.heatmap th, table.heatmap td a *")
        assert labels, "the heatmap has labels"
        small = [label for label in labels if label["size"] < MIN_PX]
        assert not small, f"text under {MIN_PX} px: {small[:5]}"

        # Level names (row labels) are there, in the page's language, and inside the viewport on the reading side.
        rows = page.evaluate(TEXT_SIZES, "table.heatmap tbody th")
        for level in Level.objects.filter(framework__is_current=True):
            assert any(level.name_in(language) in row["text"] or level.code in row["text"] for row in rows)
        width = page.viewport_size["width"]
        scroller = page.locator(".heatmap-scroll").bounding_box()
        for row in rows:
            assert row["width"] > 0 and row["height"] > 0
            assert row["left"] >= scroller["x"] - 1 and row["right"] <= scroller["x"] + scroller["width"] + 1
            if language == "ar":
                assert row["right"] > width / 2, f"an Arabic row label starts on the right: {row}"
            else:
                assert row["left"] < width / 2, f"an English row label starts on the left: {row}"
        # Scrolling the grid to its far end keeps the level names in view (they are pinned to the start side).
        page.evaluate("() => { const s = document.querySelector('.heatmap-scroll'); s.scrollLeft = "
                      "getComputedStyle(s).direction === 'rtl' ? -s.scrollWidth : s.scrollWidth; }")  # fmt: skip
        assert page.evaluate("() => Math.abs(document.querySelector('.heatmap-scroll').scrollLeft)") > 0
        start, end = scroller["x"], scroller["x"] + scroller["width"]
        for row in page.evaluate(TEXT_SIZES, "table.heatmap tbody th"):
            if language == "ar":
                assert end - 8 <= row["right"] <= end + 1, f"pinned to the right edge: {row}"
            else:
                assert start - 1 <= row["left"] <= start + 8, f"pinned to the left edge: {row}"
        assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
        shot = tmp_path / f"heatmap-{language}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000

        page.goto(f"/cohorts/{cohort.pk}/reports/funnel/")
        funnel = page.evaluate(TEXT_SIZES, ".funnel-bars dt, .funnel-bars .num, .funnel figcaption")
        assert funnel and all(item["size"] >= MIN_PX for item in funnel), funnel[:3]
        stage = page.locator(".funnel-bars dt").first.bounding_box()
        if language == "ar":
            assert stage["x"] + stage["width"] > width / 2
        page.screenshot(path=str(tmp_path / f"funnel-{language}.png"), full_page=True)

        page.goto(f"/cohorts/{cohort.pk}/reports/teachers/")
        table = page.evaluate(TEXT_SIZES, "table.report-table th, table.report-table td")
        assert len(table) > 30 and all(item["size"] >= MIN_PX for item in table)
        assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        context.close()
