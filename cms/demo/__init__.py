"""The demo curriculum: ICT-CFT v3 Level 1 (one module per aspect) plus one module each for KD and KC.

`demo_content_ensure()` is idempotent: pages are keyed by slug and never overwritten, so a trainer's
edits to a demo module survive `load_demo` running again.
"""

from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from competency.models import Competency, Level, Objective

from ..authoring import authoring_setup_ensure
from ..locales import content_locales_ensure
from ..models import CatalogPage, HomePage, LessonPage, ModuleAssessment, ModulePage
from .build import Module
from .content import MODULES
from .translations import demo_translations_ensure

IMAGES = Path(__file__).parent / "images"
FRAMEWORK = "ictcft-v3"


def _image(name: str):
    Image = get_image_model()
    title = f"Demo: {name}"
    found = Image.objects.filter(title=title).first()
    if found:
        return found
    data = (IMAGES / name).read_bytes()
    return Image.objects.create(title=title, file=ContentFile(data, name=name))


def _home() -> HomePage:
    """The site's root becomes a HomePage; Wagtail's default welcome page is removed."""
    home = HomePage.objects.first()
    content_locales_ensure()
    root = Page.get_first_root_node()
    if root is None:  # a flushed database (transactional tests) has lost the tree Wagtail's migration made
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    if home is None:
        welcome = Page.objects.filter(depth=2, slug="home", content_type__model="page").first()
        if welcome is not None and not welcome.get_children().exists():
            welcome.slug = "wagtail-welcome"
            welcome.save(update_fields=["slug"])
        home = HomePage(
            title="ICT-CFT Teacher Training",
            slug="home",
            intro=(
                "<p>Short, practical modules for teachers, aligned to the UNESCO ICT Competency Framework for "
                "Teachers. Read on a phone, at your own pace; your progress is saved as you go.</p>"
            ),
            call_to_action="Browse the modules",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        else:
            site.root_page = home
            site.save()
        if welcome is not None and not welcome.get_children().exists():
            welcome.delete()
    return home


def _catalog(home: HomePage) -> CatalogPage:
    catalog = CatalogPage.objects.child_of(home).filter(slug="modules").first()
    if catalog is None:
        catalog = CatalogPage(
            title="Modules",
            slug="modules",
            intro="<p>Pick a module by level and aspect of the framework, or search for a topic.</p>",
        )
        home.add_child(instance=catalog)
        catalog.save_revision().publish()
    return catalog


def _body(spec_body: list[tuple]) -> list[tuple]:
    out = []
    for block_type, value in spec_body:
        if block_type == "image":
            value = {**value, "image": _image(value["image"])}
        out.append((block_type, value))
    return out


def _objectives(codes: list[str]) -> list[Objective]:
    found = list(Objective.objects.filter(framework__slug=FRAMEWORK, code__in=codes))
    missing = set(codes) - {o.code for o in found}
    if missing:
        raise ValueError(f"Demo content names objectives the framework does not have: {sorted(missing)}")
    return found


def _module(catalog: CatalogPage, spec: Module) -> ModulePage:
    module = ModulePage.objects.child_of(catalog).filter(slug=spec.slug).first()
    if module is None:
        level = Level.objects.get(framework__slug=FRAMEWORK, code=spec.level)
        module = ModulePage(
            title=spec.title,
            slug=spec.slug,
            summary=spec.summary,
            level=level,
            estimated_minutes=spec.minutes,
            cover_image=_image(spec.cover),
            cover_alt=spec.cover_alt,
            language=spec.language,
        )
        module.competencies = list(Competency.objects.filter(framework__slug=FRAMEWORK, code__in=spec.competencies))
        module.prerequisites = list(ModulePage.objects.child_of(catalog).filter(slug__in=spec.prerequisites))
        module.objectives = _objectives(sorted({code for lesson in spec.lessons for code in lesson.objectives}))
        catalog.add_child(instance=module)
        module.save_revision().publish()
    # Lessons the demo gained since this module was first loaded are added; existing ones are never touched.
    have = set(module.get_children().values_list("slug", flat=True))
    for lesson_spec in spec.lessons:
        if lesson_spec.slug in have:
            continue
        lesson = LessonPage(
            title=lesson_spec.title,
            slug=lesson_spec.slug,
            summary=lesson_spec.summary,
            estimated_minutes=lesson_spec.minutes,
            body=_body(lesson_spec.body),
        )
        lesson.objectives = _objectives(lesson_spec.objectives)
        module.add_child(instance=lesson)
        lesson.save_revision().publish()
    return module


def _link_assessment(module: ModulePage, slug: str) -> None:
    from assessments.models import Assessment

    assessment = Assessment.objects.filter(slug=slug).first() if slug else None
    if assessment is not None:
        ModuleAssessment.objects.get_or_create(page=module, assessment=assessment)


@transaction.atomic
def demo_content_ensure() -> list[ModulePage]:
    if Collection.get_first_root_node() is None:  # flushed database, as for _home's root page
        Collection.add_root(name="Root")
    home = _home()
    catalog = _catalog(home)
    authoring_setup_ensure(catalog=catalog)
    modules = []
    for spec in MODULES:
        module = _module(catalog, spec)
        _link_assessment(module, spec.assessment)
        modules.append(module)
    demo_translations_ensure(modules=modules, site_pages=[home, catalog])
    return modules
