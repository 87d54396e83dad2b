"""Writes of single sign-on: linking a provider's account to a local one, and the roles a provider grants (ADR 0154).

Every change of roles or of the account a provider signs into is written to the audit log (ADR 0114), in the same
transaction as the change.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction

from accounts.actor import role_changes_audited_by_caller
from accounts.roles import Role
from audit.services import audit_record

from .claims import roles_managed, roles_wanted

AUDIT_LINKED = "accounts.sso.linked"
# The name ADR 0114 foresaw for role changes, whoever makes them; `source` in the data says this one came from SSO.
AUDIT_ROLES = "accounts.role.changed"


def sso_link_record(*, user, provider: str, by: str, password_wiped: bool) -> None:
    """Note that a provider's account now signs into `user`, matched `by` "email" or "national_id"."""
    audit_record(
        actor=None,
        action=AUDIT_LINKED,
        target=user,
        reason=f"first sign-in with {provider}, matched by {by}",
        data={"provider": provider, "matched_by": by, "password_wiped": password_wiped},
        label=user.get_username(),
    )


@transaction.atomic
def sso_email_link_prepare(*, user, email: str, verified_locally: bool) -> bool:
    """The provider verified `email`, which `user` holds. If `user` never verified it, whoever typed it in has not
    shown they own it: their password is wiped (the teacher can set one with a reset link), and the address is now
    verified by the provider's word. Returns whether the password was wiped."""
    wiped = False
    if not verified_locally and user.has_usable_password():
        user.set_unusable_password()
        user.save(update_fields=["password"])
        wiped = True
    EmailAddress.objects.filter(user=user, email__iexact=email).update(verified=True)
    return wiped


def sso_national_id_store(*, user, national_id: str) -> bool:
    """Keep the national ID on `user` when it has none and no other account has this one. Returns whether stored."""
    if not national_id or user.national_teacher_id:
        return False
    User = get_user_model()
    if User.objects.filter(national_teacher_id=national_id).exclude(pk=user.pk).exists():
        return False
    try:
        with transaction.atomic():
            User.objects.filter(pk=user.pk, national_teacher_id__isnull=True).update(national_teacher_id=national_id)
    except IntegrityError:  # another sign-in stored it first
        return False
    user.national_teacher_id = national_id
    return True


@transaction.atomic
def sso_roles_apply(
    *, user, provider: str, values: list[str] | None, roles_map: dict, new_account: bool
) -> tuple[list[str], list[str]]:
    """Make the roles the provider's mapping can grant match its claim values: add those named, remove those not.
    Roles the mapping cannot grant (an administrator's own additions) are never touched. A claim that is absent
    changes nothing. A new account that no claim value gives a role becomes a Teacher, like every sign-up, unless
    the mapping grants Teacher itself. Returns (added, removed); any change is written to the audit log."""
    # Serialise concurrent sign-ins of one person: both would otherwise read the same roles and log twice.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    managed = roles_managed(roles_map)
    wanted = roles_wanted(values or [], roles_map) if values is not None else set()
    current = set(user.groups.filter(name__in=managed).values_list("name", flat=True))
    if values is None:
        added, removed = set(), set()
    else:
        added, removed = wanted - current, current - wanted
    if new_account and not wanted and Role.TEACHER.value not in managed:
        added.add(Role.TEACHER.value)
    # One record below says what changed and why (provider, claim values); not one more per role from the receiver.
    with role_changes_audited_by_caller():
        if added:
            user.groups.add(*[Group.objects.get_or_create(name=name)[0] for name in sorted(added)])
        if removed:
            user.groups.remove(*Group.objects.filter(name__in=removed))
    if added or removed:
        audit_record(
            actor=None,
            action=AUDIT_ROLES,
            target=user,
            reason=f"sign-in with {provider}",
            data={
                "source": "sso",
                "provider": provider,
                "added": sorted(added),
                "removed": sorted(removed),
                "claim_values": list(values or []),
                "new_account": new_account,
            },
            label=user.get_username(),
        )
    return sorted(added), sorted(removed)
