"""What upper apps attach to an answer for its graders (a portfolio artefact submitted with it, ADR 0203).

assessments imports none of them: an app registers a provider in its AppConfig.ready,
`fn(*, answer, user) -> list[tuple[str, str]]` giving (label, url) pairs that `user` may open.
"""

from collections.abc import Callable

AttachmentProvider = Callable[..., list[tuple[str, str]]]
_providers: dict[str, AttachmentProvider] = {}


def answer_attachments_register(name: str, provider: AttachmentProvider) -> None:
    """Register (or replace, so a reloaded app does not add it twice) the provider called `name`."""
    _providers[name] = provider


def answer_attachments(*, answer, user) -> list[tuple[str, str]]:
    return [pair for provider in _providers.values() for pair in provider(answer=answer, user=user)]
