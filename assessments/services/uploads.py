"""Files a teacher attaches to an extended response: limited in size and, by their content, to a few kinds.

The kind is read from the file's first bytes (its magic number; inside a ZIP, the parts that make it a Word or
OpenDocument file), not from its name or the browser's Content-Type, which the sender chooses. The name's
extension must then agree, so that a file keeps being what it claims to be when a trainer downloads it.
"""

from pathlib import PurePosixPath

import filetype
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .errors import AssessmentError

# The kind read from the content -> the extensions a file of that kind may carry.
ALLOWED = {
    "application/pdf": {"pdf"},
    "image/png": {"png"},
    "image/jpeg": {"jpg", "jpeg"},
    "image/gif": {"gif"},
    "image/webp": {"webp"},
    "application/msword": {"doc"},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"docx"},
    "application/vnd.oasis.opendocument.text": {"odt"},
    "application/vnd.ms-excel": {"xls"},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"xlsx"},
    "application/vnd.oasis.opendocument.spreadsheet": {"ods"},
    "application/vnd.ms-powerpoint": {"ppt"},
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": {"pptx"},
    "application/vnd.oasis.opendocument.presentation": {"odp"},
    "application/rtf": {"rtf"},
    "text/plain": {"txt"},
}
_SNIFF_BYTES = 8192  # what filetype reads: enough for the ZIP parts that tell Word, Excel and OpenDocument apart
_CONTROL = set(range(32)) - {9, 10, 12, 13}  # text files hold tabs, line ends and page breaks, no other controls


def essay_upload_max_bytes() -> int:
    return settings.ESSAY_UPLOAD_MAX_BYTES


def _kind(upload) -> str | None:
    upload.seek(0)
    head = upload.read(_SNIFF_BYTES)
    upload.seek(0)
    guessed = filetype.guess(head)
    if guessed is not None:
        return guessed.mime
    if _is_text(upload):
        return "text/plain"
    return None


def _is_text(upload) -> bool:
    """UTF-8 (or UTF-16 with its byte order mark) text without control characters, read to the end."""
    data = upload.read()
    upload.seek(0)
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return False
        return not any(ord(ch) in _CONTROL for ch in text)
    return False


def essay_upload_check(*, upload) -> str:
    """The content type of an acceptable upload; AssessmentError (code "upload") saying what to send otherwise."""
    limit = essay_upload_max_bytes()
    if upload.size > limit:
        raise AssessmentError(
            _("The file %(name)s is %(size)s; files of up to %(limit)s are accepted.")
            % {"name": upload.name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="upload",
        )
    kind = _kind(upload) if upload.size else None
    extension = PurePosixPath(upload.name or "").suffix.lower().lstrip(".")
    if kind is None or extension not in ALLOWED.get(kind, set()):
        raise AssessmentError(
            _(
                "The file %(name)s cannot be uploaded: send a PDF, an image (PNG, JPEG, GIF, WebP), an office "
                "document (Word, Excel, PowerPoint, OpenDocument, RTF) or a plain text file whose name ends in "
                "its usual extension."
            )
            % {"name": upload.name},
            code="upload",
        )
    return kind
