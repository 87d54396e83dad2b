"""axe-core (the engine behind Lighthouse and most accessibility audits, run for real in chromium) finds no critical
or serious violation on the pages a teacher, a trainer and a verifier use (a level exam and an attempt's results
among them), in English and in Arabic."""

import json

import pytest

from tests.e2e.pages import AXE, phone_context

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BLOCKING = {"critical", "serious"}
# Moderate findings fixed once and kept fixed: a page without a heading, a landmark named twice.
KEPT_FIXED = {"page-has-heading-one", "landmark-unique", "landmark-no-duplicate-main", "region"}

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + " :: " + n.failureSummary.slice(0, 160))}));
}"""


def _violations(page, path: str) -> list[dict]:
    response = page.goto(path)
    assert response is not None and response.status == 200, f"{path}: {response and response.status}"
    assert AXE.exists(), "axe-core is missing: run `npm ci --prefix tests/interop` (make install does)"
    page.add_script_tag(path=str(AXE))
    return [v for v in page.evaluate(RUN_AXE) if v["impact"] in BLOCKING or v["id"] in KEPT_FIXED]


def _audit(browser, live_server, *, language: str, user, paths: list[str]) -> dict:
    context, page = phone_context(browser, live_server, language=language, user=user, bypass_csp=True)
    try:
        found = {}
        for path in paths:
            violations = _violations(page, path)
            if violations:
                found[path] = violations
        return found
    finally:
        context.close()


def _teacher_paths(holder) -> list[str]:
    from assessments.models import Assessment, Attempt
    from assessments.services import attempt_start
    from cms.models import LessonPage, ModulePage

    module = ModulePage.objects.live().filter(slug__startswith="ka4").first() or ModulePage.objects.live().first()
    lesson = LessonPage.objects.live().child_of(module).first()
    assessment = Assessment.objects.get(slug="module-ka-4")  # the spreadsheet module: formulas in its questions
    attempt = attempt_start(user=holder, assessment=assessment)
    exam = Assessment.objects.filter(kind="level_exam").order_by("slug").first()
    graded = Attempt.objects.filter(user=holder, status="graded").order_by("-graded_at").first()
    return [
        "/",
        "/modules/",
        module.url,
        lesson.url,
        "/assessments/",
        f"/assessments/{exam.slug}/",
        f"/assessments/attempt/{attempt.uuid}/q/1/",
        *([f"/assessments/attempt/{graded.uuid}/"] if graded else []),
        "/learn/my/",
        "/me/competencies/",
        "/me/certificates/",
    ]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_teacher_trainer_and_verifier_pages_have_no_serious_violation(browser, live_server, demo, language):
    from django.contrib.auth import get_user_model

    from certificates.models import Certificate
    from cohorts.models import Cohort

    certificate = Certificate.objects.filter(is_current=True).select_related("user").first()
    holder = certificate.user
    trainer = get_user_model().objects.get(username="trainer")
    cohort = Cohort.objects.get(name="Riverside district · 2026 intake")
    reports = [f"/cohorts/{cohort.pk}/reports/{name}/" for name in ("heatmap", "funnel", "teachers")]

    found = _audit(browser, live_server, language=language, user=holder, paths=_teacher_paths(holder))
    found |= _audit(browser, live_server, language=language, user=trainer, paths=reports)
    found |= _audit(
        browser, live_server, language=language, user=None, paths=["/verify/", certificate.get_absolute_url()]
    )
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)
