"""Finding the local account a first sign-in with an identity provider belongs to (ADR 0154).

Deactivated accounts are found too: the sign-in then links to them and allauth refuses it ("account inactive"),
rather than a fresh account letting a deactivated teacher back in.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model


def user_by_national_id(*, national_id: str):
    if not national_id:
        return None
    return get_user_model().objects.filter(national_teacher_id=national_id).first()


def user_by_email(*, email: str) -> tuple[object, bool] | None:
    """The account holding `email` and whether it had verified it; an account that verified it wins over one that
    only typed it in. None when no account has it."""
    if not email:
        return None
    address = (
        EmailAddress.objects.filter(email__iexact=email).select_related("user").order_by("-verified", "pk").first()
    )
    if address is not None:
        return address.user, address.verified
    user = get_user_model().objects.filter(email__iexact=email).order_by("pk").first()
    return (user, False) if user is not None else None
