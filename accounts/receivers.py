"""Role changes go to the audit log whoever makes them: the Wagtail or Django admin, a command, single sign-on."""

from django.contrib.auth.models import Group

from audit.services import audit_record

from .actor import current_actor, role_changes_audited_by_caller_now
from .roles import Role

_ROLES = {role.value for role in Role}


def on_groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    """m2m_changed on User.groups, from either side (user.groups.add(g) or group.user_set.add(u))."""
    if action == "pre_clear":
        # Which groups a clear removes is known only before it happens.
        users = [instance] if not reverse else list(instance.user_set.all())
        instance._audit_cleared = {u.pk: set(u.groups.values_list("name", flat=True)) & _ROLES for u in users}
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if role_changes_audited_by_caller_now():
        return
    verb = "account.role.granted" if action == "post_add" else "account.role.removed"
    if action == "post_clear":
        changes = [(pk, names) for pk, names in getattr(instance, "_audit_cleared", {}).items()]
    elif not reverse:  # user.groups.add(group, ...)
        changes = [(instance.pk, set(Group.objects.filter(pk__in=pk_set).values_list("name", flat=True)))]
    else:  # group.user_set.add(user, ...)
        changes = [(pk, {instance.name}) for pk in pk_set or ()]
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.in_bulk([pk for pk, _names in changes])
    actor = current_actor()
    for pk, names in changes:
        user = users.get(pk)
        for name in sorted(names & _ROLES):
            audit_record(
                actor=actor, action=verb, target=user, label=user.get_username() if user else "", data={"role": name}
            )
