"""The page tree only allows home → catalogue → module → lesson."""

from wagtail.models import Page

from cms.models import CatalogPage, HomePage, LessonPage, ModulePage


def test_each_page_type_lives_only_under_its_parent():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert CatalogPage.allowed_parent_page_models() == [HomePage]
    assert ModulePage.allowed_parent_page_models() == [CatalogPage]
    assert LessonPage.allowed_parent_page_models() == [ModulePage]


def test_each_page_type_accepts_only_its_children():
    assert HomePage.allowed_subpage_models() == [CatalogPage]
    assert CatalogPage.allowed_subpage_models() == [ModulePage]
    assert ModulePage.allowed_subpage_models() == [LessonPage]
    assert LessonPage.allowed_subpage_models() == []


def test_a_lesson_cannot_be_created_under_the_catalogue(catalog, make_module):
    module = make_module("m1", lessons=1)
    assert not LessonPage.can_create_at(catalog)
    assert LessonPage.can_create_at(module)
    assert ModulePage.can_create_at(catalog)
    assert not ModulePage.can_create_at(module)


def test_copying_a_module_makes_a_variant_with_its_lessons(catalog, make_module, teacher, client):
    module = make_module("original", lessons=2)
    copy = module.copy(recursive=True, update_attrs={"slug": "variant", "title": "Variant"}, keep_live=False)
    copy = copy.specific
    assert copy.get_children().count() == 2
    assert list(copy.competencies.values_list("code", flat=True)) == ["KA.3"]
    assert copy.level_id == module.level_id
    assert not copy.live
