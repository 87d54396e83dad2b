"""Whose certificates a person may ask about, without certificates knowing about cohorts (ADR 0113).

Certification officers and administrators may ask for any teacher. A trainer may ask only for the teachers of the
cohorts they train; certificates cannot import cohorts (cohorts reads certificates), so cohorts registers a provider
here in its AppConfig.ready: `teacher_scope_register(fn)` where `fn(*, user)` returns the ids of the teachers
`user` trains. With no provider registered, trainers may ask for nobody.
"""

from collections.abc import Callable, Iterable

from accounts.roles import Role

TeacherScope = Callable[..., Iterable[int]]
_providers: dict[str, TeacherScope] = {}


def teacher_scope_register(name: str, provider: TeacherScope) -> None:
    """Register (or replace, so a reloaded app does not add it twice) the provider called `name`."""
    _providers[name] = provider


def roles_of(user) -> set[str]:
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_certificate_roles", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._certificate_roles = cached
    return cached


def is_certification_officer(user) -> bool:
    """The role itself, not a permission: a superuser without the role does not approve (four eyes are people)."""
    return user.is_active and Role.CERTIFICATION_OFFICER.value in roles_of(user)


def may_request_for_anyone(user) -> bool:
    roles = roles_of(user)
    return user.is_active and (
        user.is_superuser or Role.CERTIFICATION_OFFICER.value in roles or Role.ADMINISTRATOR.value in roles
    )


def may_request(user) -> bool:
    return user.is_authenticated and (may_request_for_anyone(user) or Role.TRAINER.value in roles_of(user))


def teachers_in_scope(*, user, teacher_ids: Iterable[int]) -> set[int]:
    """Which of `teacher_ids` `user` may ask about."""
    wanted = set(teacher_ids)
    if not may_request(user):
        return set()
    if may_request_for_anyone(user):
        return wanted
    allowed: set[int] = set()
    for provider in _providers.values():
        allowed.update(provider(user=user))
    return wanted & allowed


def teachers_scope_ids(*, user) -> set[int] | None:
    """The ids `user` may ask about, or None for anyone (for choosers); empty when they may ask about nobody."""
    if not may_request(user):
        return set()
    if may_request_for_anyone(user):
        return None
    allowed: set[int] = set()
    for provider in _providers.values():
        allowed.update(provider(user=user))
    return allowed


def trains_teacher(*, user, teacher_id: int) -> bool:
    """Whether `user` trains a cohort `teacher_id` is a member of, by the registered providers (ADR 0205)."""
    return any(teacher_id in set(provider(user=user)) for provider in _providers.values())
