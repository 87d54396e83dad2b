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


# Permissions each role holds, as "app_label.codename". Apps append their own; a codename whose
# app is not migrated yet is skipped and granted by the post_migrate sync once it exists.
_FRAMEWORK_EDIT = [
    f"competency.{action}_{model}"
    for model in ("framework", "level", "aspect", "competency", "objective", "crosswalklink")
    for action in ("add", "change", "view")
]
# Asking for a certificate to be issued, re-issued or revoked by hand; another person approves (ADR 0113).
_CERTIFICATES_REQUEST = [
    "certificates.view_certificate",
    "certificates.add_certificaterequest",
    "certificates.view_certificaterequest",
]
# Deciding such requests. Nobody holds add_certificate or revoke_certificate any more: only an approved request
# issues or revokes by hand.
_CERTIFICATES_APPROVE = [*_CERTIFICATES_REQUEST, "certificates.approve_certificaterequest"]
_ASSESSMENT_EDIT = [
    f"assessments.{action}_{model}"
    for model in ("assessment", "question", "rubric")
    for action in ("add", "change", "view")
]
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.TEACHER: [],
    Role.TRAINER: [
        "wagtailadmin.access_admin",
        *_FRAMEWORK_EDIT,
        "competency.view_competencyevidence",
        "competency.view_competencymastery",
        "competency.view_levelattainment",
        *_CERTIFICATES_REQUEST,
        *_ASSESSMENT_EDIT,
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        "assessments.view_assessment",  # cms: the closing-assessment chooser on modules
        "wagtail_localize.submit_translation",  # cms: translate modules and lessons (docs/decisions/0060)
    ],
    Role.REVIEWER: [
        "wagtailadmin.access_admin",
        *[p for p in _FRAMEWORK_EDIT if p.split(".")[1].startswith("view_")],
        "wagtailimages.choose_image",
        "wagtaildocs.choose_document",
        "wagtail_localize.submit_translation",
    ],
    Role.ADMINISTRATOR: [
        "wagtailadmin.access_admin",
        *_FRAMEWORK_EDIT,
        *[f"competency.delete_{m}" for m in ("objective", "crosswalklink")],
        *_ASSESSMENT_EDIT,
        "accounts.view_user",
        "accounts.change_user",
        "auth.view_group",
        "auth.change_group",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.delete_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.delete_document",
        "wagtaildocs.choose_document",
        "wagtailcore.change_site",
        *_CERTIFICATES_REQUEST,
        "certificates.change_certificatesettings",
        "audit.view_auditevent",
        "wagtail_localize.submit_translation",
    ],
    # Sees suppressed aggregates only (cohorts app); no admin access, no individual data.
    Role.REGIONAL_OFFICER: [],
    Role.CERTIFICATION_OFFICER: [
        "wagtailadmin.access_admin",
        *_CERTIFICATES_APPROVE,
        # Wagtail's own migrations give these to every group with admin access; listed so the role is exact.
        "wagtailimages.choose_image",
        "wagtaildocs.choose_document",
    ],
}

# Permissions a role held in an earlier release and must lose: roles_sync takes them away (it grants nothing else
# away, so an administrator's own additions stay).
ROLE_PERMISSIONS_WITHDRAWN: dict[str, list[str]] = {
    Role.TRAINER: ["certificates.add_certificate", "certificates.revoke_certificate"],
    Role.ADMINISTRATOR: ["certificates.add_certificate", "certificates.revoke_certificate"],
}


def roles_sync(group_model, permission_model) -> None:
    """Create the role groups, grant what ROLE_PERMISSIONS lists and take back what ROLE_PERMISSIONS_WITHDRAWN
    lists. Idempotent; revokes nothing else."""
    wanted = {perm for perms in (*ROLE_PERMISSIONS.values(), *ROLE_PERMISSIONS_WITHDRAWN.values()) for perm in perms}
    codenames = {perm.split(".", 1)[1] for perm in wanted}
    known = {
        f"{app_label}.{codename}": pk
        for pk, app_label, codename in permission_model.objects.filter(codename__in=codenames).values_list(
            "pk", "content_type__app_label", "codename"
        )
    }
    for role in Role:
        group, _ = group_model.objects.get_or_create(name=role.value)
        found = [known[perm] for perm in ROLE_PERMISSIONS.get(role, []) if perm in known]
        if found:
            group.permissions.add(*found)
        withdrawn = [known[perm] for perm in ROLE_PERMISSIONS_WITHDRAWN.get(role, []) if perm in known]
        if withdrawn:
            group.permissions.remove(*withdrawn)
