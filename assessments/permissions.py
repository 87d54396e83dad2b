from collections.abc import Callable

from accounts.roles import Role

# Whether a trainer trains a teacher: cohorts knows (cohorts imports assessments, not the other way round), so it
# registers a provider in its AppConfig.ready: `fn(*, trainer, teacher_id) -> bool`. None registered: no trainer does.
TrainerOf = Callable[..., bool]
_trainer_providers: dict[str, TrainerOf] = {}


def trainer_of_register(name: str, provider: TrainerOf) -> None:
    """Register (or replace, so a reloaded app does not add it twice) the provider called `name`."""
    _trainer_providers[name] = provider


def _roles(user) -> set[str]:
    cached = getattr(user, "_assessment_roles", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._assessment_roles = cached
    return cached


def user_is_trainer(user) -> bool:
    """Trainers and administrators grade, import and read item statistics."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=[Role.TRAINER, Role.ADMINISTRATOR]).exists()


def answer_file_readable(*, user, owner_id: int) -> bool:
    """A teacher's uploaded file: the teacher, the trainers of a cohort the teacher belongs to and administrators
    (peers assigned to review the work open it through their own, anonymous route: ADR 0209); nobody else, whatever
    other answers they may grade. Not content reviewers: they approve lessons, not teachers' work (ADR 0147)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.pk == owner_id or user.is_superuser:
        return True
    roles = _roles(user)
    if Role.ADMINISTRATOR.value in roles:
        return True
    if Role.TRAINER.value in roles:
        return any(provider(trainer=user, teacher_id=owner_id) for provider in _trainer_providers.values())
    return False
