"""Light versions of photos for 2G (ADR 0200)."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from portfolio.models import RenditionStatus
from portfolio.renditions import rendition_make
from portfolio.services import artefact_create
from tests.portfolio.conftest import jpeg

pytestmark = pytest.mark.django_db


def _light(client, artefact) -> Image.Image:
    response = client.get(reverse("portfolio:light", kwargs={"artefact": artefact.uuid}))
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    data = b"".join(response.streaming_content)
    assert len(data) <= 60 * 1024
    return Image.open(io.BytesIO(data))


def test_a_camera_photo_gets_a_light_jpeg_under_60_kb_and_480_px(client, people, django_capture_on_commit_callbacks):
    original = jpeg(width=4000, height=3000)
    assert original.size > 1_000_000
    with django_capture_on_commit_callbacks(execute=True):
        artefact = artefact_create(owner=people.owner, title="Board", upload=original)
    artefact.refresh_from_db()
    assert artefact.rendition_status == RenditionStatus.READY
    client.force_login(people.owner)
    image = _light(client, artefact)
    assert image.format == "JPEG" and image.width == 480 and image.height == 360
    page = client.get(artefact.get_absolute_url()).content.decode()
    assert reverse("portfolio:light", kwargs={"artefact": artefact.uuid}) in page


def test_the_light_version_drops_location_and_follows_the_orientation(
    client, people, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    image = Image.new("RGB", (1200, 600), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # the phone was held upright: the pixels are stored turned
    exif[0x8825] = {2: (1.0, 17.0, 30.0)}  # GPS
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    with django_capture_on_commit_callbacks(execute=True):
        artefact = artefact_create(
            owner=people.owner, title="Upright", upload=SimpleUploadedFile("up.jpg", buffer.getvalue())
        )
    client.force_login(people.owner)
    light = _light(client, artefact)
    assert light.height > light.width  # shown upright
    assert not light.getexif()  # no location, no camera


def test_a_broken_image_is_marked_failed_and_the_page_still_opens(client, people, django_capture_on_commit_callbacks):
    upload = jpeg(width=300, height=300)
    data = upload.read()[:300]  # the header, then nothing: filetype says JPEG, Pillow cannot decode it
    from django.core.files.uploadedfile import SimpleUploadedFile

    with django_capture_on_commit_callbacks(execute=True):
        artefact = artefact_create(owner=people.owner, title="Cut", upload=SimpleUploadedFile("cut.jpg", data))
    artefact.refresh_from_db()
    assert artefact.rendition_status == RenditionStatus.FAILED
    client.force_login(people.owner)
    assert client.get(artefact.get_absolute_url()).status_code == 200
    assert client.get(reverse("portfolio:light", kwargs={"artefact": artefact.uuid})).status_code == 404


def test_making_it_again_replaces_the_file(people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        artefact = artefact_create(owner=people.owner, title="Again", upload=jpeg(width=900, height=600))
    artefact.refresh_from_db()
    first = artefact.rendition.name
    assert rendition_make(artefact_id=artefact.pk) == RenditionStatus.READY
    artefact.refresh_from_db()
    assert artefact.rendition.name != first
    assert not artefact.rendition.storage.exists(first)
