"""Who can do what: anonymous and teachers read; trainers author and submit; reviewers publish."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from cms.models import LessonPage, ModulePage
from competency.models import Competency, Level

from .conftest import PASSWORD


def admin_form(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    return {key: data.getlist(key) if len(data.getlist(key)) > 1 else data.get(key) for key in data}


def create_module_as(client, catalog, *, action: str) -> ModulePage:
    url = reverse("wagtailadmin_pages:add", args=("cms", "modulepage", catalog.pk))
    data = admin_form(client, url)
    level = Level.objects.get(framework__slug="ictcft-v3", code="KA")
    data.update(
        {
            "title": "Mobile phones in the classroom",
            "slug": "phones-in-class",
            "summary": "Using the phones teachers already have.",
            "level": str(level.pk),
            "competencies": [str(Competency.objects.get(framework__slug="ictcft-v3", code="KA.4").pk)],
            "estimated_minutes": "40",
            "language": "en",
            action: "1",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return ModulePage.objects.get(slug="phones-in-class")


def create_lesson_as(client, module, *, action: str) -> LessonPage:
    url = reverse("wagtailadmin_pages:add", args=("cms", "lessonpage", module.pk))
    data = admin_form(client, url)
    block = {"key": "a", "text": "Keep phones on silent.", "type": "unstyled", "depth": 0}
    draftail = {"blocks": [{**block, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}
    data.update(
        {
            "title": "Phone rules",
            "slug": "phone-rules",
            "estimated_minutes": "10",
            "body-count": "1",
            "body-0-type": "text",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
            "body-0-value": json.dumps(draftail),
            action: "1",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return LessonPage.objects.get(slug="phone-rules")


def test_anonymous_and_teacher_cannot_reach_the_admin(client, catalog, teacher):
    response = client.get("/admin/")
    assert response.status_code == 302 and "login" in response["Location"]
    client.login(username=teacher.username, password=PASSWORD)
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert client.get(reverse("wagtailadmin_pages:add", args=("cms", "modulepage", catalog.pk))).status_code in (
        302,
        403,
    )


def test_anonymous_and_teacher_can_read_published_lessons(client, make_module, teacher):
    module = make_module("read", lessons=1)
    lesson = LessonPage.objects.child_of(module).get()
    assert client.get(lesson.url).status_code == 200
    client.login(username=teacher.username, password=PASSWORD)
    assert client.get(lesson.url).status_code == 200


@pytest.mark.django_db
def test_trainer_authors_and_submits_but_cannot_publish_and_reviewer_publishes(client, catalog, trainer, reviewer):
    client.login(username=trainer.username, password=PASSWORD)
    assert client.get("/admin/").status_code == 200

    # "Publish" from a trainer is not honoured: the module stays a draft.
    module = create_module_as(client, catalog, action="action-publish")
    assert not module.live
    perms = module.permissions_for_user(trainer)
    assert perms.can_edit() and not perms.can_publish()

    lesson = create_lesson_as(client, module, action="action-submit")
    assert not lesson.live
    edit_url = reverse("wagtailadmin_pages:edit", args=(module.pk,))
    data = admin_form(client, edit_url)
    data["action-submit"] = "1"
    assert client.post(edit_url, data).status_code == 302
    module.refresh_from_db()
    assert not module.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(module.pk), status="in_progress")
    assert state.workflow.name == "Module review"

    # The trainer cannot approve their own submission.
    task_state = state.current_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=(module.pk, "approve", task_state.pk))
    client.post(approve, {"comment": ""})
    module.refresh_from_db()
    assert not module.live

    client.logout()
    client.login(username=reviewer.username, password=PASSWORD)
    assert module.permissions_for_user(reviewer).can_publish()
    response = client.post(approve, {"comment": "Clear and practical."})
    assert response.status_code in (200, 302)
    module.refresh_from_db()
    assert module.live
    lesson_state = WorkflowState.objects.get(object_id=str(lesson.pk), status="in_progress")
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(lesson.pk, "approve", lesson_state.current_task_state.pk)),
        {"comment": ""},
    )
    lesson.refresh_from_db()
    assert lesson.live
    assert client.get(Page.objects.get(pk=lesson.pk).url).status_code == 200


def test_trainer_has_no_page_permissions_outside_the_catalogue(catalog, trainer):
    home = catalog.get_parent()
    assert not home.permissions_for_user(trainer).can_edit()
    assert catalog.permissions_for_user(trainer).can_add_subpage()
    assert not catalog.permissions_for_user(trainer).can_publish_subpage()


def test_trainer_can_preview_a_new_lesson_and_an_edited_module(client, catalog, make_module, trainer):
    module = make_module("preview", lessons=1)
    client.login(username=trainer.username, password=PASSWORD)

    url = reverse("wagtailadmin_pages:preview_on_add", args=("cms", "lessonpage", module.pk))
    data = admin_form(client, reverse("wagtailadmin_pages:add", args=("cms", "lessonpage", module.pk)))
    draftail = {"blocks": [{"key": "a", "text": "Draft words", "type": "unstyled", "depth": 0}], "entityMap": {}}
    data.update(
        {
            "title": "Draft lesson",
            "slug": "draft-lesson",
            "estimated_minutes": "5",
            "body-count": "2",
            "body-0-type": "text",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
            "body-0-value": json.dumps(draftail),
            "body-1-type": "reflection",
            "body-1-deleted": "",
            "body-1-order": "1",
            "body-1-id": "",
            "body-1-value-prompt": "What will you try?",
        }
    )
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert "Draft words" in response.content.decode() and "What will you try?" in response.content.decode()

    url = reverse("wagtailadmin_pages:preview_on_edit", args=(module.pk,))
    data = admin_form(client, reverse("wagtailadmin_pages:edit", args=(module.pk,)))
    data["title"] = "Renamed in preview"
    assert client.post(url, data).json()["is_valid"]
    assert "Renamed in preview" in client.get(url).content.decode()


def test_module_form_refuses_competencies_of_another_level(client, catalog, trainer):
    client.login(username=trainer.username, password=PASSWORD)
    url = reverse("wagtailadmin_pages:add", args=("cms", "modulepage", catalog.pk))
    data = admin_form(client, url)
    data.update(
        {
            "title": "Mixed levels",
            "slug": "mixed-levels",
            "summary": "Wrong on purpose.",
            "level": str(Level.objects.get(framework__slug="ictcft-v3", code="KA").pk),
            "competencies": [str(Competency.objects.get(framework__slug="ictcft-v3", code="KC.6").pk)],
            "estimated_minutes": "30",
            "language": "en",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "These competencies belong to another level than KA: KC.6." in response.content.decode()
    assert not ModulePage.objects.filter(slug="mixed-levels").exists()


def test_trainer_copies_a_module_with_its_lessons_as_a_draft_variant(client, catalog, make_module, trainer):
    module = make_module("to-copy", lessons=2)
    client.login(username=trainer.username, password=PASSWORD)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=(module.pk,)),
        {
            "new_title": "Variant for radio",
            "new_slug": "variant-for-radio",
            "new_parent_page": str(catalog.pk),
            "copy_subpages": "on",
        },
    )
    assert response.status_code == 302
    variant = ModulePage.objects.get(slug="variant-for-radio")
    assert not variant.live
    assert LessonPage.objects.child_of(variant).count() == 2
    assert list(variant.competencies.values_list("code", flat=True)) == ["KA.3"]
