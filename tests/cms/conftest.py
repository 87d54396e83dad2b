import pytest
from wagtail.models import Page, Site

from cms.authoring import authoring_setup_ensure
from cms.models import CatalogPage, HomePage, LessonPage, ModulePage
from competency.models import Competency, Level

PASSWORD = "pw-for-tests-1"


def lesson_body(words: str = "", *, blocks: int = 3) -> list[tuple]:
    body = []
    for n in range(blocks):
        body += [
            ("heading", {"text": f"Section {n}", "size": "h2"}),
            ("text", f"<p>Paragraph {n} about classroom practice {words}.</p>"),
            (
                "quick_check",
                {
                    "question": f"Question {n}?",
                    "options": [
                        {"text": "Right", "correct": True, "feedback": "Yes."},
                        {"text": "Wrong", "correct": False, "feedback": "No."},
                    ],
                },
            ),
            ("reflection", {"prompt": f"Prompt {n}"}),
            (
                "activity",
                {
                    "title": f"Activity {n}",
                    "goal": "Goal",
                    "minutes": 10,
                    "materials": ["Chalk"],
                    "steps": ["One", "Two"],
                    "low_tech": "",
                },
            ),
        ]
    return body


@pytest.fixture
def catalog(framework_v3) -> CatalogPage:
    root = Page.get_first_root_node()
    home = HomePage(title="Home", slug="cms-home")
    root.add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    catalog = CatalogPage(title="Modules", slug="modules")
    home.add_child(instance=catalog)
    authoring_setup_ensure(catalog=catalog)
    return catalog


@pytest.fixture
def make_module(catalog):
    def make(slug: str = "mod", *, code: str = "KA.3", lessons: int = 2, words: str = "", blocks: int = 3, **fields):
        competency = Competency.objects.get(framework__slug="ictcft-v3", code=code)
        module = ModulePage(
            title=fields.pop("title", f"Module {slug}"),
            slug=slug,
            summary="A module for tests.",
            level=Level.objects.get(framework__slug="ictcft-v3", code=code.split(".")[0]),
            **fields,
        )
        module.competencies = [competency]
        catalog.add_child(instance=module)
        module.save_revision().publish()
        for n in range(lessons):
            lesson = LessonPage(
                title=f"Lesson {n + 1} of {slug}", slug=f"lesson-{n + 1}", body=lesson_body(words, blocks=blocks)
            )
            module.add_child(instance=lesson)
            lesson.save_revision().publish()
        return module

    return make


def lessons_of(module: ModulePage) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(module).order_by("path"))
