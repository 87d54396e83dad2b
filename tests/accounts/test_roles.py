"""Roles are groups with the permissions the apps declare (each in its own roles.py); only staff roles reach the
Wagtail admin."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts.roles import ROLE_PERMISSIONS, Role, role_permissions, roles_sync

pytestmark = pytest.mark.django_db


def _perms(group: Group) -> set[str]:
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


@pytest.mark.parametrize("role", list(Role))
def test_role_group_has_exactly_the_listed_permissions(role):
    group = Group.objects.get(name=role.value)
    assert _perms(group) == set(role_permissions()[role.value])


def test_every_listed_permission_exists():
    existing = {f"{p.content_type.app_label}.{p.codename}" for p in Permission.objects.select_related("content_type")}
    listed = {perm for perms in role_permissions().values() for perm in perms}
    assert listed - existing == set()


def test_sync_is_idempotent_and_restores_a_removed_permission():
    trainer = Group.objects.get(name=Role.TRAINER.value)
    trainer.permissions.clear()
    roles_sync(Group, Permission)
    roles_sync(Group, Permission)
    assert _perms(trainer) == set(role_permissions()[Role.TRAINER.value])
    assert Group.objects.filter(name__in=[r.value for r in Role]).count() == len(Role)


def test_sync_takes_certificate_powers_back_from_trainers_and_administrators():
    # An older release let trainers issue and revoke directly; now only an approved request does (ADR 0113).
    direct = Permission.objects.filter(
        content_type__app_label="certificates", codename__in=["add_certificate", "revoke_certificate"]
    )
    trainer, admin = Group.objects.get(name=Role.TRAINER.value), Group.objects.get(name=Role.ADMINISTRATOR.value)
    for group in (trainer, admin):
        group.permissions.add(*direct)
    roles_sync(Group, Permission)
    for group in (trainer, admin):
        assert not {"certificates.add_certificate", "certificates.revoke_certificate"} & _perms(group)
    assert "certificates.add_certificaterequest" in _perms(trainer)
    officer = Group.objects.get(name=Role.CERTIFICATION_OFFICER.value)
    assert "certificates.approve_certificaterequest" in _perms(officer)
    assert "certificates.approve_certificaterequest" not in _perms(trainer) | _perms(admin)


def test_teacher_cannot_open_the_wagtail_admin(client, teacher):
    client.force_login(teacher)
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith("/admin/login/")


def test_anonymous_visitor_cannot_open_the_wagtail_admin(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("who", ["trainer", "reviewer", "administrator", "certification_officer"])
def test_staff_roles_open_the_wagtail_admin(client, request, who):
    user = request.getfixturevalue(who)
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert b"wagtail" in response.content.lower()


def test_has_role(teacher, trainer, administrator):
    assert teacher.has_role(Role.TEACHER) and not teacher.has_role(Role.TRAINER)
    assert trainer.has_role(Role.TRAINER)
    assert administrator.has_role(Role.ADMINISTRATOR)


# Wagtail's own apps have no roles module: cms, which presents content with them, declares their permissions.
_DECLARED_BY = {"wagtailimages": "cms", "wagtaildocs": "cms", "wagtailcore": "cms", "wagtail_localize": "cms"}


def test_each_app_declares_only_its_own_permissions():
    from importlib import import_module

    from django.apps import apps
    from django.utils.module_loading import module_has_submodule

    assert {p.split(".")[0] for perms in ROLE_PERMISSIONS.values() for p in perms} <= {
        "accounts",
        "auth",
        "wagtailadmin",
    }
    declaring = [c for c in apps.get_app_configs() if module_has_submodule(c.module, "roles") and c.name != "accounts"]
    assert {c.label for c in declaring} >= {"competency", "assessments", "certificates", "cms", "audit"}
    for config in declaring:
        module = import_module(f"{config.name}.roles")
        for name in ("ROLE_PERMISSIONS", "ROLE_PERMISSIONS_WITHDRAWN"):
            labels = {p.split(".")[0] for perms in getattr(module, name, {}).values() for p in perms}
            assert {_DECLARED_BY.get(label, label) for label in labels} <= {config.label}, (config.label, labels)
