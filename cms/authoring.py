"""Who may author and who approves: page permissions on the catalogue and its moderation workflow.

Trainers add and edit modules and lessons under the catalogue and submit them; only Reviewers and
Administrators approve, through the "Module review" workflow (see docs/decisions/0030).

Translations (docs/decisions/0060) live under the catalogue's translation in each content locale, so the same
grants and the same workflow are attached there too: trainers translate and save drafts, reviewers publish.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from accounts.roles import Role

WORKFLOW_NAME = "Module review"
TASK_NAME = "Reviewer approval"

PAGE_PERMISSIONS: dict[str, list[str]] = {
    Role.TRAINER: ["add_page", "change_page"],
    Role.REVIEWER: ["change_page", "publish_page"],
    Role.ADMINISTRATOR: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}


def catalog_translations_ensure(*, catalog: Page) -> list[Page]:
    """The catalogue and its translation in every other content locale (created, with its parents, if missing).

    Translating a module needs its catalogue to exist in the target locale; making it here, before anyone
    translates, is what lets trainers be granted their permissions on it.
    """
    from cms.locales import content_locales_ensure

    content_locales_ensure()
    catalogs = [catalog]
    for locale in Locale.objects.exclude(pk=catalog.locale_id).order_by("language_code"):
        translated = catalog.get_translation_or_none(locale)
        if translated is None:
            translated = catalog.copy_for_translation(locale, copy_parents=True)
        catalogs.append(translated)
    return catalogs


@transaction.atomic
def authoring_setup_ensure(*, catalog: Page) -> Workflow:
    """Grant the roles their page permissions on the catalogue (and its translations) and attach the review
    workflow. Idempotent."""
    groups = {role: Group.objects.get_or_create(name=role.value)[0] for role in Role}
    catalogs = catalog_translations_ensure(catalog=catalog)
    for role, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            for page in catalogs:
                GroupPagePermission.objects.get_or_create(group=groups[role], page=page, permission=permission)

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(groups[Role.REVIEWER], groups[Role.ADMINISTRATOR])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in catalogs:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow
