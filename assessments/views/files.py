"""Teachers' uploaded files, handed out only to the teacher, the teacher's trainers, reviewers and administrators."""

import mimetypes
from pathlib import PurePosixPath

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from assessments.models import Answer
from assessments.permissions import answer_file_readable

# Types a browser may show inline; anything else downloads, so an uploaded HTML or SVG file never runs as a page.
INLINE_TYPES = {"application/pdf", "image/png", "image/jpeg", "image/webp", "text/plain"}


@login_required
def answer_file_download(request: HttpRequest, answer: int) -> FileResponse:
    obj = get_object_or_404(Answer.objects.select_related("attempt"), pk=answer)
    allowed = answer_file_readable(user=request.user, owner_id=obj.attempt.user_id)
    # A 404 rather than a 403: nobody learns which answers have files.
    if not allowed or not obj.file:
        raise Http404
    try:
        handle = obj.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    name = PurePosixPath(obj.file.name).name
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    inline = content_type in INLINE_TYPES
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=name,
        content_type=content_type if inline else "application/octet-stream",
    )
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
