from django.db import transaction

from .models import User


@transaction.atomic
def user_profile_update(*, user: User, data: dict) -> User:
    """Save the teacher's own profile fields; only those fields are validated and written."""
    for field, value in data.items():
        setattr(user, field, value)
    # Checking untouched fields (say, a legacy username) would turn a profile edit into an error the
    # teacher cannot fix from this form.
    untouched = [f.name for f in User._meta.concrete_fields if f.name not in data]
    user.full_clean(exclude=untouched)
    user.save(update_fields=list(data))
    return user


def user_language_set(*, user: User, language: str) -> User:
    if user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    return user
