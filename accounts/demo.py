"""Demo accounts for `load_demo`: one per role, with non-Latin legal names where it helps."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from .models import User
from .roles import Role


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: Role
    legal_name: str
    country: str


DEMO_ACCOUNTS = [
    DemoAccount("teacher", "teach-ict-2026", Role.TEACHER, "Nguyễn Thị Minh Khai", "Viet Nam"),
    DemoAccount("trainer", "train-ict-2026", Role.TRAINER, "Σωκράτης Παπαδόπουλος", "Greece"),
    DemoAccount("reviewer", "review-ict-2026", Role.REVIEWER, "सुनीता देवी", "India"),
    DemoAccount("admin", "admin-ict-2026", Role.ADMINISTRATOR, "Amina Yusuf", "Kenya"),
    # Approves certificates issued, re-issued or revoked by hand (ADR 0113); appended so the indexes above hold.
    DemoAccount("officer", "approve-ict-2026", Role.CERTIFICATION_OFFICER, "José Álvarez Núñez", "Peru"),
]


@transaction.atomic
def demo_users_ensure() -> list[DemoAccount]:
    """Create or refresh the demo accounts; safe to run again."""
    for acc in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=acc.username,
            defaults={"email": f"{acc.username}@example.org", "legal_name": acc.legal_name, "country": acc.country},
        )
        if created:
            user.set_password(acc.password)
        user.is_staff = acc.role == Role.ADMINISTRATOR
        user.is_superuser = acc.role == Role.ADMINISTRATOR
        user.save()
        EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
        user.groups.add(Group.objects.get_or_create(name=Role.TEACHER.value)[0])
        if acc.role != Role.TEACHER:
            user.groups.add(Group.objects.get_or_create(name=acc.role.value)[0])
    return DEMO_ACCOUNTS
