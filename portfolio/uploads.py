"""What a teacher may put in the portfolio: the kind read from the content, the size capped per kind (ADR 0200).

As for essay uploads (ADR 0147), the kind comes from the file's first bytes (`filetype`), never from its name or the
browser's Content-Type; the name's extension must agree, so a file stays what it claims to be when someone downloads
it. Video and audio have a cap of their own: the original is always one link away, so the cap is what a 2G download
of it costs (their light versions are far smaller: portfolio.transcode).
"""

from dataclasses import dataclass
from pathlib import PurePosixPath

import filetype
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .models import Kind

IMAGES = {"image/jpeg": {"jpg", "jpeg"}, "image/png": {"png"}, "image/webp": {"webp"}, "image/gif": {"gif"}}
VIDEO = {"video/mp4": {"mp4"}, "video/webm": {"webm"}, "video/3gpp": {"3gp"}}
AUDIO = {
    "audio/mpeg": {"mp3"},
    "audio/mp4": {"m4a"},
    "audio/ogg": {"ogg", "oga", "opus"},
    "audio/x-wav": {"wav"},
    "audio/amr": {"amr"},
}
DOCUMENTS = {
    "application/pdf": {"pdf"},
    "application/msword": {"doc"},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"docx"},
    "application/vnd.oasis.opendocument.text": {"odt"},
    "application/vnd.ms-powerpoint": {"ppt"},
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": {"pptx"},
    "application/vnd.oasis.opendocument.presentation": {"odp"},
    "text/plain": {"txt"},
}
ALLOWED = {**IMAGES, **VIDEO, **AUDIO, **DOCUMENTS}
_SNIFF_BYTES = 8192
_CONTROL = set(range(32)) - {9, 10, 12, 13}


class UploadRefused(ValueError):
    pass


@dataclass(frozen=True)
class Checked:
    content_type: str
    kind: str  # the artefact kind the content implies, when the teacher left it to us


def max_bytes(content_type: str) -> int:
    if content_type.startswith("video/"):
        return settings.PORTFOLIO_VIDEO_MAX_BYTES
    if content_type.startswith("audio/"):
        return settings.PORTFOLIO_AUDIO_MAX_BYTES
    return settings.PORTFOLIO_UPLOAD_MAX_BYTES


def _is_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return not any(ord(ch) in _CONTROL for ch in text)


def _sniff(upload) -> str | None:
    upload.seek(0)
    head = upload.read(_SNIFF_BYTES)
    upload.seek(0)
    guessed = filetype.guess(head)
    if guessed is not None:
        # filetype calls an .m4a "video/mp4" or "audio/mp4" by its brand; the extension settles which.
        return guessed.mime
    # Plain text is read whole, and only small: a large "text" file is not a lesson plan.
    if upload.size <= settings.PORTFOLIO_UPLOAD_MAX_BYTES:
        data = upload.read()
        upload.seek(0)
        if _is_text(data):
            return "text/plain"
    return None


def upload_check(*, upload) -> Checked:
    """The content type of an acceptable file; UploadRefused with one sentence saying what to send otherwise."""
    largest = max(settings.PORTFOLIO_UPLOAD_MAX_BYTES, settings.PORTFOLIO_VIDEO_MAX_BYTES)
    if upload.size > largest:  # before reading anything: the file is refused whatever it is
        raise UploadRefused(_too_big(upload, largest))
    mime = _sniff(upload) if upload.size else None
    extension = PurePosixPath(upload.name or "").suffix.lower().lstrip(".")
    if mime == "video/mp4" and extension == "m4a":
        mime = "audio/mp4"
    if mime is None or extension not in ALLOWED.get(mime, set()):
        raise UploadRefused(
            _(
                "The file %(name)s cannot be added: send a photo (JPEG, PNG, WebP, GIF), a short video (MP4, WebM, "
                "3GP), a recording (MP3, M4A, OGG, WAV, AMR) or a document (PDF, Word, PowerPoint, OpenDocument, "
                "plain text) whose name ends in its usual extension."
            )
            % {"name": upload.name}
        )
    limit = max_bytes(mime)
    if upload.size > limit:
        raise UploadRefused(_too_big(upload, limit))
    if mime in IMAGES:
        kind = Kind.PHOTO
    elif mime in VIDEO:
        kind = Kind.VIDEO
    elif mime in AUDIO:
        kind = Kind.AUDIO
    else:
        kind = Kind.DOCUMENT
    return Checked(content_type=mime, kind=kind)


def _too_big(upload, limit: int) -> str:
    return _("The file %(name)s is %(size)s; files of this kind of up to %(limit)s are accepted.") % {
        "name": upload.name,
        "size": filesizeformat(upload.size),
        "limit": filesizeformat(limit),
    }
