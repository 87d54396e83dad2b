"""The platform's roles are Django groups; these names are the contract between apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    TEACHER = "Teacher", _("Teacher")
    TRAINER = "Trainer", _("Trainer")
    REVIEWER = "Reviewer", _("Reviewer")
    ADMINISTRATOR = "Administrator", _("Administrator")
    # Ministries and NGOs: programme aggregates for the country/region on their user (User.scope_country).
    REGIONAL_OFFICER = "Regional officer", _("Regional officer")
    # Approves what assessments did not earn: certificates issued, re-issued or revoked by hand (ADR 0113).
    CERTIFICATION_OFFICER = "Certification officer", _("Certification officer")


# Permissions each role holds, as "app_label.codename". This app lists only its own and the admin's door; every other
# app declares what its models let each role do in its own `roles.py` (ROLE_PERMISSIONS, ROLE_PERMISSIONS_WITHDRAWN),
# and role_permissions() gathers them (ADR 0158). A codename whose app is not migrated yet is skipped and granted by
# the post_migrate sync once it exists.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.TEACHER: [],
    Role.TRAINER: ["wagtailadmin.access_admin"],
    Role.REVIEWER: ["wagtailadmin.access_admin"],
    Role.ADMINISTRATOR: [
        "wagtailadmin.access_admin",
        "accounts.view_user",
        "accounts.change_user",
        "auth.view_group",
        "auth.change_group",
    ],
    # Sees suppressed aggregates only (cohorts app); no admin access, no individual data.
    Role.REGIONAL_OFFICER: [],
    Role.CERTIFICATION_OFFICER: ["wagtailadmin.access_admin"],
}

# Permissions a role held in an earlier release and must lose: roles_sync takes them away (it grants nothing else
# away, so an administrator's own additions stay).
ROLE_PERMISSIONS_WITHDRAWN: dict[str, list[str]] = {}


def _merged(name: str, own: dict[str, list[str]]) -> dict[str, list[str]]:
    from importlib import import_module

    from django.apps import apps
    from django.utils.module_loading import module_has_submodule

    merged = {str(role): list(perms) for role, perms in own.items()}
    for config in apps.get_app_configs():
        if config.name == __package__ or not module_has_submodule(config.module, "roles"):
            continue
        for role, perms in getattr(import_module(f"{config.name}.roles"), name, {}).items():
            merged.setdefault(str(role), [])
            merged[str(role)] += [p for p in perms if p not in merged[str(role)]]
    return merged


def role_permissions() -> dict[str, list[str]]:
    """Every role's permissions: this app's and those each installed app declares in its `roles.py`."""
    return _merged("ROLE_PERMISSIONS", ROLE_PERMISSIONS)


def role_permissions_withdrawn() -> dict[str, list[str]]:
    return _merged("ROLE_PERMISSIONS_WITHDRAWN", ROLE_PERMISSIONS_WITHDRAWN)


def roles_sync(group_model, permission_model) -> None:
    """Create the role groups, grant what ROLE_PERMISSIONS lists and take back what ROLE_PERMISSIONS_WITHDRAWN
    lists. Idempotent; revokes nothing else."""
    granted, withdrawn_all = role_permissions(), role_permissions_withdrawn()
    wanted = {perm for perms in (*granted.values(), *withdrawn_all.values()) for perm in perms}
    codenames = {perm.split(".", 1)[1] for perm in wanted}
    known = {
        f"{app_label}.{codename}": pk
        for pk, app_label, codename in permission_model.objects.filter(codename__in=codenames).values_list(
            "pk", "content_type__app_label", "codename"
        )
    }
    for role in Role:
        group, _ = group_model.objects.get_or_create(name=role.value)
        found = [known[perm] for perm in granted.get(role.value, []) if perm in known]
        if found:
            group.permissions.add(*found)
        withdrawn = [known[perm] for perm in withdrawn_all.get(role.value, []) if perm in known]
        if withdrawn:
            group.permissions.remove(*withdrawn)
