"""LTI 1.3 against a real platform (tests/support/lti_platform: lti1p3platform under gunicorn), with our tool served
for real by live_server, so every platform ↔ tool call crosses HTTP: the launch form post, our JWKS read by the
platform, its JWKS read by us, the token endpoint, the score POST and the roster GET. A requests session plays the
person's browser on both sides."""

from decimal import Decimal
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest
import requests
from django.core.cache import cache

from lti.services import platform_register
from tests.support.lti_platform.server import LtiPlatform

CLIENT_ID = "ictcft-tool-client"
DEPLOYMENT_ID = "deployment-1"


@pytest.fixture(scope="session")
def lti_platform(live_server, tmp_path_factory):
    platform = LtiPlatform(
        tmp_path_factory.mktemp("lti-platform"), tool_url=live_server.url, client_id=CLIENT_ID,
        deployment_id=DEPLOYMENT_ID,
    )  # fmt: skip
    platform.start()
    yield platform
    platform.stop()


@pytest.fixture
def registered(lti_platform, live_server, transactional_db, settings):
    """The platform registered by hand, as an administrator copies its values from the LMS."""
    cache.clear()
    settings.ALLOWED_HOSTS = ["*"]
    platform = platform_register(
        name="Test LMS",
        issuer=lti_platform.issuer,
        client_id=lti_platform.client_id,
        auth_login_url=lti_platform.auth_login_url,
        auth_token_url=lti_platform.auth_token_url,
        keyset_url=lti_platform.keyset_url,
        deployment_ids=[lti_platform.deployment_id],
        instructors_are_trainers=True,
    )
    yield platform
    cache.clear()


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action") or "", "fields": {}, "checkboxes": []})
        elif tag == "input" and attrs.get("name") and self.forms:
            if attrs.get("type") == "checkbox":
                self.forms[-1]["checkboxes"].append(attrs.get("value"))
            else:
                self.forms[-1]["fields"][attrs["name"]] = attrs.get("value") or ""


def form_of(response: requests.Response, action_contains: str = "") -> tuple[str, dict, list]:
    """The page's first form whose action contains `action_contains` (the site's language switcher is skipped)."""
    parser = _Forms()
    parser.feed(response.text)
    forms = [f for f in parser.forms if action_contains in f["action"] and "/me/language/" not in f["action"]]
    assert forms, response.text[:2000]
    return urljoin(response.url, forms[0]["action"]), forms[0]["fields"], forms[0]["checkboxes"]


def platform_launch_form(browser, platform: LtiPlatform, user: str, **params) -> tuple[str, dict]:
    """The person follows the course's link: the platform's login initiation, our login redirect, the platform's
    authorization page; returns the auto-posting form that page holds (not yet posted)."""
    page = browser.get(f"{platform.url}/launch", params={"user": user, **params}, timeout=30)
    assert page.status_code == 200, f"{page.status_code} {page.text[:1000]}\n{platform.log()[-3000:]}"
    action, fields, _ = form_of(page)
    return action, fields


def platform_launch(browser, platform: LtiPlatform, user: str, **params) -> requests.Response:
    action, fields = platform_launch_form(browser, platform, user, **params)
    return browser.post(action, data=fields, allow_redirects=False, timeout=30)


def tool_follow(browser, response: requests.Response) -> requests.Response:
    """Follow the tool's redirects after a launch (through /lti/continue/) to the page the person lands on."""
    for _ in range(5):
        if response.status_code not in (301, 302, 303):
            return response
        response = browser.get(urljoin(response.url, response.headers["Location"]), allow_redirects=False, timeout=30)
    raise AssertionError("too many redirects at the tool")


@pytest.fixture
def module_assessment(transactional_db):
    """A module assessment of one single-choice question."""
    import io

    from django.core.management import call_command

    from assessments.models import Assessment, AssessmentItem, Question, QuestionCompetency, QuestionOption
    from competency.models import Competency

    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    competency = Competency.objects.get(framework__slug="ictcft-v3", code="KA.1")
    question = Question.objects.create(type="single", title="Policy", text="Which policy?", points=Decimal(1))
    QuestionOption.objects.create(question=question, sort_order=0, text="Right answer", is_correct=True)
    QuestionOption.objects.create(question=question, sort_order=1, text="Wrong answer")
    QuestionCompetency.objects.create(question=question, competency=competency, weight=Decimal(1))
    assessment = Assessment.objects.create(slug="policy-check", title="Policy check", level=competency.level)
    assessment.competencies.set([competency])
    AssessmentItem.objects.create(assessment=assessment, question=question, sort_order=0)
    return assessment


@pytest.fixture
def module_with_lessons(transactional_db, framework_v3):
    """A published module of two lessons under the catalogue of the default site (the tree is built here: a
    transactional test starts from an empty database)."""
    from wagtail.models import Locale, Page, Site

    from cms.models import CatalogPage, HomePage, LessonPage, ModulePage
    from competency.models import Competency, Level

    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    home = HomePage(title="Home", slug="lti-home")
    root.add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    catalog = CatalogPage(title="Modules", slug="modules")
    home.add_child(instance=catalog)
    module = ModulePage(
        title="ICT policy in your classroom",
        slug="ict-policy",
        summary="A module for tests.",
        level=Level.objects.get(framework=framework_v3, code="KA"),
    )
    module.competencies = [Competency.objects.get(framework=framework_v3, code="KA.1")]
    catalog.add_child(instance=module)
    module.save_revision().publish()
    lessons = []
    for n in (1, 2):
        lesson = LessonPage(
            title=f"Lesson {n}: reading the policy", slug=f"lesson-{n}", body=[("text", f"<p>Lesson {n}.</p>")]
        )
        module.add_child(instance=lesson)
        lesson.save_revision().publish()
        lessons.append(lesson)
    return module, lessons[1]
