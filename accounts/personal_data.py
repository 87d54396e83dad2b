"""What accounts holds about a person, for the privacy export and erasure (privacy.registry, ADR 0151)."""

from allauth.account.models import EmailAddress
from django.db.models import Q

from .models import User
from .roles import Role

PROFILE_FIELDS = (
    "id",
    "username",
    "email",
    "first_name",
    "last_name",
    "legal_name",
    "preferred_language",
    "country",
    "region",
    "school",
    "phone",
    "national_teacher_id",
    "data_saver",
    "scope_country",
    "scope_region",
    "date_joined",
    "last_login",
    "is_active",
)


def pseudonym(user) -> str:
    return f"former-member-{user.pk}"


def export(*, user) -> dict[str, list[dict]]:
    profile = User.objects.filter(pk=user.pk).values(*PROFILE_FIELDS).first() or {}
    profile["roles"] = sorted(user.groups.values_list("name", flat=True))
    return {
        "profile": [profile],
        "email_addresses": list(EmailAddress.objects.filter(user=user).values("email", "verified", "primary")),
    }


def is_last_administrator(user) -> bool:
    """Erasing them would leave nobody able to administer the site."""
    administrators = User.objects.filter(is_active=True).filter(
        Q(is_superuser=True) | Q(groups__name=Role.ADMINISTRATOR.value)
    )
    return administrators.filter(pk=user.pk).exists() and not administrators.exclude(pk=user.pk).exists()


def erase(*, user) -> dict[str, int]:
    """Names, e-mail, school and region go; the row stays (attempts, evidence and certificates point at it) under a
    pseudonym, unable to sign in. The country stays: programme figures are by country, and alone it names nobody.
    Roles other than Teacher go, so the pseudonym administers or grades nothing."""
    emails = EmailAddress.objects.filter(user=user).delete()[0]
    user.username = pseudonym(user)
    user.email = ""
    user.first_name = user.last_name = user.legal_name = ""
    user.region = user.school = ""
    user.phone = ""  # unique only when filled
    user.national_teacher_id = None
    user.scope_country = user.scope_region = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()  # and every other session of theirs ends: its auth hash no longer matches
    user.save()
    other_roles = user.groups.exclude(name=Role.TEACHER.value)
    roles = other_roles.count()
    user.groups.remove(*other_roles)
    user.user_permissions.clear()
    return {"profile": 1, "email_addresses": emails, "roles_removed": roles}
