"""Light versions for 2G, made by the task worker (ADR 0200 and its addendum).

Photos: at most PORTFOLIO_RENDITION_WIDTH pixels wide, a JPEG under PORTFOLIO_RENDITION_MAX_BYTES. JPEG rather than
WebP: every phone browser shows it, down to the feature phones some teachers carry. Re-encoding also drops the photo's
metadata (EXIF: where and when it was taken, the camera), which a classroom photo shared with a cohort should not
carry.

Video and audio: a light MP4 (with a poster frame) or M4A made by ffmpeg (`portfolio.transcode`). When ffmpeg is
missing, the file does not decode or it takes too long, the version is "failed" and the original is served as before.
Made once per original: the SHA-256 of the file it was made from is kept, and a task run again for the same file (a
retry, a second queueing) does nothing.
"""

import hashlib
import io
import logging
import tempfile
import warnings
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageOps

from . import transcode
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
    if artefact is None or not artefact.file:
        return RenditionStatus.NONE
    if artefact.is_media:
        return _media_make(artefact)
    if not artefact.is_image:
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


def _checksum(field) -> str:
    digest = hashlib.sha256()
    with field.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _media_make(artefact: Artefact) -> str:
    """The light MP4 and poster of a video, or the light M4A of a recording (portfolio.transcode)."""
    storage = artefact.file.storage
    try:
        source = _checksum(artefact.file)
    except FileNotFoundError:
        log.warning("No light version for artefact %s: its file is missing", artefact.pk)
        Artefact.objects.filter(pk=artefact.pk).update(rendition_status=RenditionStatus.FAILED)
        return RenditionStatus.FAILED
    if (
        artefact.rendition_status == RenditionStatus.READY
        and artefact.rendition_source == source
        and artefact.rendition
        and storage.exists(artefact.rendition.name)
    ):
        return RenditionStatus.READY  # made from this very file already: a retry or a second task does nothing
    Artefact.objects.filter(pk=artefact.pk).update(rendition_status=RenditionStatus.PENDING)
    make = transcode.video_light if artefact.is_video else transcode.audio_light
    with tempfile.TemporaryDirectory(prefix="portfolio-light-") as workdir:
        try:
            light = make(
                Path(storage.path(artefact.file.name)), content_type=artefact.content_type, workdir=Path(workdir)
            )
            poster = _poster(light.poster)
        except transcode.TranscodeError as exc:
            # The original stays served as sent; the page says the light version is not available.
            level = logging.ERROR if isinstance(exc, transcode.ToolMissing) else logging.WARNING
            log.log(level, "No light version for artefact %s (%s): %s", artefact.pk, artefact.content_type, exc)
            Artefact.objects.filter(pk=artefact.pk).update(rendition_status=RenditionStatus.FAILED)
            return RenditionStatus.FAILED
        size = light.path.stat().st_size
        with light.path.open("rb") as handle:
            artefact.rendition.save("video.mp4" if artefact.is_video else "audio.m4a", File(handle), save=False)
        if poster:
            artefact.poster.save("poster.jpg", ContentFile(poster), save=False)
        else:
            artefact.poster = ""
    made = [name for name in (artefact.rendition.name, artefact.poster.name) if name]
    with transaction.atomic():
        before = Artefact.objects.select_for_update().filter(pk=artefact.pk).values_list("rendition", "poster").first()
        if before is not None:
            Artefact.objects.filter(pk=artefact.pk).update(
                rendition=artefact.rendition.name,
                poster=artefact.poster.name or "",
                rendition_status=RenditionStatus.READY,
                rendition_size=size,
                rendition_source=source,
            )
    # Deleted while ffmpeg worked: leave no file behind. Otherwise the versions this one replaces go.
    stale = made if before is None else [name for name in before if name and name not in made]
    for name in stale:
        storage.delete(name)
    log.info("Light version of artefact %s: %d bytes from %d", artefact.pk, size, artefact.size)
    return RenditionStatus.READY if before is not None else RenditionStatus.NONE


def _poster(still: Path | None) -> bytes:
    """The still as a light JPEG (the photos' size and weight caps), or nothing: a video plays without a poster."""
    if still is None:
        return b""
    try:
        return rendition_bytes(still.read_bytes())
    except ValueError:
        return b""


def rendition_task(artefact_id: int) -> str:
    """django-q2 entry point."""
    return rendition_make(artefact_id=artefact_id)
