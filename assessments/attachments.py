"""What upper apps attach to an answer for its graders (a portfolio artefact submitted with it, ADR 0203), and who
else reads it: a peer assigned to review the answer (ADR 0209).

assessments imports none of them: an app registers a provider in its AppConfig.ready,
`fn(*, answer, user) -> list[tuple[str, str]]` giving (label, url) pairs that `user` may open. It may also give an
anonymous provider, `fn(*, answer, user) -> list[dict]`, describing what it attached without anything that could
name the author (no title, owner or file name) for a peer reviewer; and an app that knows who reviews an answer
registers a reader, `fn(*, user, answer_id) -> bool`.
"""

import mimetypes
from collections.abc import Callable
from pathlib import PurePosixPath

from django.http import FileResponse, Http404

AttachmentProvider = Callable[..., list[tuple[str, str]]]
AnonymousProvider = Callable[..., list[dict]]
AnswerReader = Callable[..., bool]
_providers: dict[str, AttachmentProvider] = {}
_anonymous: dict[str, AnonymousProvider] = {}
_readers: dict[str, AnswerReader] = {}

# Types a browser may show inline; anything else downloads, so an uploaded HTML or SVG file never runs as a page.
INLINE_TYPES = {"application/pdf", "image/png", "image/jpeg", "image/webp", "text/plain"}


def answer_attachments_register(
    name: str, provider: AttachmentProvider, *, anonymous: AnonymousProvider | None = None
) -> None:
    """Register (or replace, so a reloaded app does not add it twice) the provider called `name`."""
    _providers[name] = provider
    if anonymous is not None:
        _anonymous[name] = anonymous
    else:
        _anonymous.pop(name, None)


def answer_attachments(*, answer, user) -> list[tuple[str, str]]:
    return [pair for provider in _providers.values() for pair in provider(answer=answer, user=user)]


def answer_attachments_anonymous(*, answer, user) -> list[dict]:
    """What is attached to the answer, described for a peer reviewer: nothing that names its author."""
    return [item for provider in _anonymous.values() for item in provider(answer=answer, user=user)]


def answer_reader_register(name: str, reader: AnswerReader) -> None:
    """Register (or replace) a reader check: `fn(*, user, answer_id) -> bool`, True for someone who may open what
    is attached to the answer without being one of its graders, and so only anonymously."""
    _readers[name] = reader


def answer_read_anonymously(*, user, answer_id: int) -> bool:
    """Whether `user` may open the answer's attachments as an anonymous reader (a peer assigned to review it)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return any(reader(user=user, answer_id=answer_id) for reader in _readers.values())


def answer_file_response(answer, *, filename: str) -> FileResponse:
    """The answer's uploaded file under `filename`, for a view that has decided who may read it: private, never
    cached by others, never run as a page. 404 without a file."""
    if not answer.file:
        raise Http404
    try:
        handle = answer.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    content_type = mimetypes.guess_type(PurePosixPath(answer.file.name).name)[0] or "application/octet-stream"
    inline = content_type in INLINE_TYPES
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=filename,
        content_type=content_type if inline else "application/octet-stream",
    )
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response
