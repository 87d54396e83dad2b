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
