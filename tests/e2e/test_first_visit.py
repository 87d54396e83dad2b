"""A demo teacher's first visit on a phone, in Arabic and in French: sign in, land on My learning, see the path per
level and why an exam is not open yet, make progress, sit the Level 1 exam and find the certificate."""

import tempfile
from pathlib import Path

import pytest

from .test_assessment import _answer

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SHOTS = Path(tempfile.gettempdir()) / "e2e-screenshots"
TEACHER, PASSWORD = "teacher", "teach-ict-2026"  # accounts/demo.py

# Where the text of the main heading starts and ends, not its block (which spans the whole line either way).
HEADING_TEXT_BOX = """() => {
  const h1 = document.querySelector('main h1');
  const range = document.createRange();
  range.selectNodeContents(h1);
  const text = range.getBoundingClientRect();
  const style = getComputedStyle(h1);
  const box = h1.getBoundingClientRect();
  return {left: text.left, right: text.right,
          contentLeft: box.left + parseFloat(style.paddingLeft),
          contentRight: box.right - parseFloat(style.paddingRight)};
}"""
NO_PAGE_OVERFLOW = "() => document.documentElement.scrollWidth <= window.innerWidth"


def _shot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def _check_direction(page, language: str, name: str) -> None:
    lang, direction = page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]")
    assert lang == language
    assert direction == ("rtl" if language == "ar" else "ltr")
    box = page.evaluate(HEADING_TEXT_BOX)
    if language == "ar":
        assert abs(box["right"] - box["contentRight"]) <= 2, f"{name}: the Arabic heading starts at the right {box}"
    else:
        assert abs(box["left"] - box["contentLeft"]) <= 2, f"{name}: the heading starts at the left {box}"
    assert page.evaluate(NO_PAGE_OVERFLOW), f"{name}: no sideways scrolling at 360 px"
    assert _shot(page, f"first-visit-{name}-{language}").stat().st_size > 10_000


def _pass_module_assessments(user, slugs: list[str]) -> None:
    """Progress made on earlier days, through the services a submitted attempt goes through."""
    from assessments import services
    from assessments.models import Assessment
    from tests.assessments.conftest import correct_response

    for slug in slugs:
        attempt = services.attempt_start(user=user, assessment=Assessment.objects.get(slug=slug))
        for i, q in enumerate(attempt.questions):
            services.attempt_answer_save(attempt=attempt, user=user, position=i, response=correct_response(q), seq=1)
        services.attempt_submit(attempt=attempt, user=user)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_teachers_first_visit_to_a_certificate(phone, demo, settings, tmp_path, language):
    from django.core.cache import cache

    from accounts.models import User
    from assessments.models import Attempt

    cache.clear()
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    User.objects.filter(username=TEACHER).update(preferred_language=language)
    teacher = User.objects.get(username=TEACHER)

    # Sign in: the teacher lands on My learning, in their language.
    phone.goto("/accounts/login/")
    phone.locator("#id_login").fill(TEACHER)
    phone.locator("#id_password").fill(PASSWORD)
    phone.locator("form.account-form button[type=submit]").click()
    phone.wait_for_url("**/learn/my/")
    _check_direction(phone, language, "my-learning")

    # The path per level: three levels, nothing mastered yet, every module not started, and why Level 2 is closed.
    levels = phone.locator("section.level-path")
    assert levels.count() == 3
    ka, kd = levels.nth(0), levels.nth(1)
    assert ka.locator("progress").get_attribute("value") == "0"
    assert ka.locator(".modules-not-started li").count() >= 6
    assert ka.locator(".why-not").count() == 0, "Level 1's exam is open from the start"
    assert kd.locator(".why-not").count() == 1 and kd.locator(".why-not").inner_text().strip()
    assert kd.locator("a.button").count() == 0, "no start link on a closed exam"

    # Earlier days: five of the six Level 1 module assessments passed.
    _pass_module_assessments(teacher, [f"module-ka-{n}" for n in range(1, 6)])
    phone.reload()
    ka = phone.locator("section.level-path").nth(0)
    assert ka.locator("progress").get_attribute("value") == "5"
    assert "KA.6" in ka.locator(".still-to-master").inner_text()
    _check_direction(phone, language, "my-learning-progress")

    # The Level 1 exam, from My learning.
    ka.locator("a.button").click()
    phone.wait_for_url("**/assessments/exam-ka/")
    _check_direction(phone, language, "exam")
    phone.locator("form[action$='/exam-ka/start/'] button[type=submit]").first.click()
    phone.wait_for_url("**/q/1/")
    attempt = Attempt.objects.get(user=teacher, assessment__slug="exam-ka")
    assert attempt.language == language
    questions = attempt.questions
    for number, question in enumerate(questions, start=1):
        _answer(phone, question)
        last = number == len(questions)
        phone.locator(f"button[name=action][value={'finish' if last else 'next'}]").click()
        phone.wait_for_url("**/submit/" if last else f"**/q/{number + 1}/")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_selector(".result-overall")
    attempt.refresh_from_db()
    assert attempt.passed
    _check_direction(phone, language, "results")

    # The certificate is waiting in My certificates, and My learning says the level is attained.
    phone.goto("/me/certificates/")
    assert phone.locator(".cert-card").count() == 1
    assert "KA" in phone.locator(".cert-card h2").inner_text()
    _check_direction(phone, language, "certificates")
    phone.goto("/learn/my/")
    ka = phone.locator("section.level-path").nth(0)
    assert ka.locator(".level-attained a[href='/me/certificates/']").count() == 1
    assert phone.locator("section.level-path").nth(1).locator(".why-not").count() == 0, "Level 2's exam opened"
