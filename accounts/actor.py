"""Who is acting in this request, for records written far from the view (role changes saved by the admin's forms).

A context variable, set by ActorMiddleware for the request's duration: threads and async tasks each see their own.
Outside a request (a command, a task) there is no actor: records say "the system".
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_actor: ContextVar = ContextVar("accounts_actor", default=None)


def current_actor():
    return _actor.get()


class ActorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _actor.set(getattr(request, "user", None))
        try:
            return self.get_response(request)
        finally:
            _actor.reset(token)


# A caller that writes its own, richer audit record of a role change (single sign-on: the provider, the claim
# values) sets this around its group changes, so the m2m receiver does not record the same change a second time.
_roles_audited_by_caller: ContextVar[bool] = ContextVar("accounts_roles_audited_by_caller", default=False)


@contextmanager
def role_changes_audited_by_caller() -> Iterator[None]:
    token = _roles_audited_by_caller.set(True)
    try:
        yield
    finally:
        _roles_audited_by_caller.reset(token)


def role_changes_audited_by_caller_now() -> bool:
    return _roles_audited_by_caller.get()
