"""Who may author and who approves: page permissions on the catalogue and its moderation workflow.

Trainers add and edit modules and lessons under the catalogue and submit them; only Reviewers and
Administrators approve, through the "Module review" workflow (see docs/decisions/0030).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from accounts.roles import Role

WORKFLOW_NAME = "Module review"
TASK_NAME = "Reviewer approval"

PAGE_PERMISSIONS: dict[str, list[str]] = {
    Role.TRAINER: ["add_page", "change_page"],
    Role.REVIEWER: ["change_page", "publish_page"],
    Role.ADMINISTRATOR: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}


@transaction.atomic
def authoring_setup_ensure(*, catalog: Page) -> Workflow:
    """Grant the roles their page permissions on the catalogue and attach the review workflow. Idempotent."""
    groups = {role: Group.objects.get_or_create(name=role.value)[0] for role in Role}
    for role, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=groups[role], page=catalog, permission=permission)

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(groups[Role.REVIEWER], groups[Role.ADMINISTRATOR])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=catalog, defaults={"workflow": workflow})
    return workflow
