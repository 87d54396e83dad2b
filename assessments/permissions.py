from accounts.roles import Role


def user_is_trainer(user) -> bool:
    """Trainers and administrators grade, import and read item statistics."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=[Role.TRAINER, Role.ADMINISTRATOR]).exists()
