"""Light versions of photos for 2G: at most PORTFOLIO_RENDITION_WIDTH pixels wide, a JPEG under
PORTFOLIO_RENDITION_MAX_BYTES, made by the task worker (ADR 0200).

JPEG rather than WebP: every phone browser shows it, down to the feature phones some teachers carry. Re-encoding also
drops the photo's metadata (EXIF: where and when it was taken, the camera), which a classroom photo shared with a
cohort should not carry.
"""

import io
import logging
import warnings

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageOps

from .models import Artefact, RenditionStatus

log = logging.getLogger(__name__)
_QUALITIES = (72, 60, 48, 36, 25)


def rendition_bytes(data: bytes) -> bytes:
    """The light JPEG of an image's bytes; ValueError for anything Pillow cannot read safely."""
    with warnings.catch_warnings():
        # A small file that decodes to billions of pixels (a decompression bomb) is refused, not rendered.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                image.seek(0)  # a GIF's first frame
                image = ImageOps.exif_transpose(image)  # phones store portrait photos turned, with a flag
                image.thumbnail((settings.PORTFOLIO_RENDITION_WIDTH, settings.PORTFOLIO_RENDITION_WIDTH * 2))
                image = image.convert("RGB")
        except (OSError, Image.DecompressionBombWarning, Image.DecompressionBombError, ValueError) as exc:
            raise ValueError(str(exc)) from exc
    limit = settings.PORTFOLIO_RENDITION_MAX_BYTES
    out = b""
    for quality in _QUALITIES:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
        out = buffer.getvalue()
        if len(out) <= limit:
            break
    while len(out) > limit and image.width > 120:  # still too heavy (a very busy picture): smaller, not worse
        image = image.resize((image.width * 3 // 4, image.height * 3 // 4))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=_QUALITIES[-1], optimize=True, progressive=True)
        out = buffer.getvalue()
    return out


def rendition_make(*, artefact_id: int) -> str:
    """Make (or make again) an artefact's light version; returns its status. Safe to run twice."""
    artefact = Artefact.objects.filter(pk=artefact_id).first()
    if artefact is None or not artefact.is_image or not artefact.file:
        return RenditionStatus.NONE
    try:
        with artefact.file.open("rb") as handle:
            light = rendition_bytes(handle.read())
    except (ValueError, FileNotFoundError):
        log.warning("No light version for artefact %s", artefact.pk)
        Artefact.objects.filter(pk=artefact.pk).update(rendition_status=RenditionStatus.FAILED)
        return RenditionStatus.FAILED
    old = artefact.rendition.name if artefact.rendition else ""
    artefact.rendition.save("photo.jpg", ContentFile(light), save=False)
    with transaction.atomic():
        updated = Artefact.objects.filter(pk=artefact.pk).update(
            rendition=artefact.rendition.name, rendition_status=RenditionStatus.READY, rendition_size=len(light)
        )
    if old:
        artefact.rendition.storage.delete(old)
    if not updated:  # deleted while we worked: leave no file behind
        artefact.rendition.storage.delete(artefact.rendition.name)
    return RenditionStatus.READY


def rendition_task(artefact_id: int) -> str:
    """django-q2 entry point."""
    return rendition_make(artefact_id=artefact_id)
