"""Every role change lands in the append-only audit log, with who made it: in the admin, in code, from either side
of the relation (issue 21: one audit log for role changes, grades changed by hand, certificates and erasures)."""

import pytest
from django.contrib.auth.models import Group

from accounts.roles import Role
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def _events(user) -> list[tuple[str, str, str]]:
    rows = AuditEvent.objects.filter(
        target_type="accounts.user", target_id=str(user.pk), action__startswith="account.role"
    )
    return sorted((e.action, e.data["role"], e.actor_label) for e in rows)


def test_granting_and_removing_roles_in_code_is_recorded_as_the_system(make_user):
    user = make_user("amina", roles=())
    trainer, reviewer = Group.objects.get(name=Role.TRAINER), Group.objects.get(name=Role.REVIEWER)
    user.groups.add(trainer, reviewer)
    reviewer.user_set.remove(user)
    user.groups.clear()
    assert _events(user) == [
        ("account.role.granted", "Reviewer", ""),
        ("account.role.granted", "Trainer", ""),
        ("account.role.removed", "Reviewer", ""),
        ("account.role.removed", "Trainer", ""),
    ]


def test_a_group_that_is_not_a_role_is_not_a_role_change(make_user):
    user = make_user("amina", roles=())
    user.groups.add(Group.objects.create(name="Book club"))
    assert _events(user) == []


def test_an_administrator_changing_roles_in_the_admin_is_named_in_the_log(client, make_user):
    admin = make_user("chief", roles=(), is_staff=True, is_superuser=True)
    user = make_user("amina", roles=(Role.TEACHER,))
    client.force_login(admin)
    form = {
        "username": user.username,
        "first_name": "",
        "last_name": "",
        "email": "amina@example.org",
        "is_active": "on",
        "groups": [Group.objects.get(name=Role.TRAINER).pk],
        "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00",
        "legal_name": "Amina Diallo",
        "preferred_language": "fr",
        "country": "",
        "region": "",
        "school": "",
        "scope_country": "",
        "scope_region": "",
    }
    response = client.post(f"/django-admin/accounts/user/{user.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    by_chief = [e for e in _events(user) if e[2] == "chief"]
    assert by_chief == [("account.role.granted", "Trainer", "chief"), ("account.role.removed", "Teacher", "chief")]
