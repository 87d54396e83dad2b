"""`load_demo` builds a real catalogue and can run again without duplicating anything."""

import io

from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site, Workflow

from cms.demo.content import MODULES
from cms.models import CatalogPage, HomePage, LessonPage, ModuleAssessment, ModulePage


def load() -> None:
    call_command("load_demo", stdout=io.StringIO())


def test_load_demo_twice_creates_no_duplicates(demo, client):
    counts = (Page.objects.count(), LessonPage.objects.count(), get_image_model().objects.count(), Site.objects.count())
    load()
    assert (
        Page.objects.count(),
        LessonPage.objects.count(),
        get_image_model().objects.count(),
        Site.objects.count(),
    ) == counts
    assert Workflow.objects.filter(name="Module review").count() == 1

    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    # The welcome page is gone; the other home pages are the roots of the translation trees.
    assert not Page.objects.filter(depth=2, locale=site.root_page.locale).exclude(pk=site.root_page_id).exists()
    assert ModulePage.objects.live().descendant_of(site.root_page).count() == len(MODULES) >= 8
    home = client.get("/").content.decode()
    assert 'href="/modules/"' in home and "Browse the modules" in home
    html = client.get("/modules/").content.decode()
    for spec in MODULES:
        assert spec.title in html

    # The six Level 1 modules ship in French as well: each module and every lesson translated and live.
    french = Locale.objects.get(language_code="fr")
    level_one = [spec for spec in MODULES if spec.level == "KA"]
    assert len(level_one) == 6
    for spec in level_one:
        module = ModulePage.objects.get(slug=spec.slug, locale__language_code="en")
        translated = module.get_translation(french)
        assert translated.live and translated.title != module.title, spec.slug
        lessons = LessonPage.objects.child_of(module)
        assert LessonPage.objects.child_of(translated).live().count() == lessons.count(), spec.slug
        for lesson in lessons:
            assert lesson.get_translation(french).title != lesson.title, lesson.slug


def test_demo_curriculum_covers_level_one_and_one_module_each_for_levels_two_and_three(demo):
    codes = sorted(code for m in ModulePage.objects.all() for code in m.competencies.values_list("code", flat=True))
    assert {"KA.1", "KA.2", "KA.3", "KA.4", "KA.5", "KA.6", "KD.3", "KC.6"} <= set(codes)
    for module in ModulePage.objects.all():
        lessons = LessonPage.objects.child_of(module)
        assert 2 <= lessons.count() <= 4, module.title
        for lesson in lessons:
            types = [b.block_type for b in lesson.body]
            assert "activity" in types and "quick_check" in types, lesson.title
            words = sum(len(str(b.render()).split()) for b in lesson.body)
            assert words >= 300, (lesson.title, words)


def test_every_demo_lesson_renders_with_alt_text_on_every_image(demo, client):
    for module in ModulePage.objects.live():
        assert client.get(module.url).status_code == 200, module.url
    assert "Arranging the room for technology" in client.get("/modules/?q=sockets").content.decode()
    for lesson in LessonPage.objects.live():
        response = client.get(lesson.url)
        assert response.status_code == 200, lesson.url
        html = response.content.decode()
        for img in html.split("<img")[1:]:
            assert " alt=" in img.split(">")[0], lesson.url


def test_demo_links_modules_to_their_assessments_when_they_exist(demo):
    from assessments.models import Assessment
    from competency.models import Level

    level = Level.objects.get(framework__slug="ictcft-v3", code="KA")
    Assessment.objects.get_or_create(slug="module-ka-1", defaults={"title": "KA.1 check", "level": level})
    load()
    module = ModulePage.objects.get(
        slug=next(m.slug for m in MODULES if m.assessment == "module-ka-1"), locale__language_code="en"
    )
    assert ModuleAssessment.objects.filter(page=module, assessment__slug="module-ka-1").count() == 1
    assert CatalogPage.objects.filter(locale__language_code="en").count() == 1
