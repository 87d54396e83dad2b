"""Light versions of video and recordings for 2G, made with the real ffmpeg (ADR 0200 addendum).

The sample video is made by ffmpeg itself (a 720p test picture and a tone, as a phone would send it), uploaded through
the page, and the task runs inline (Q_CLUSTER sync in tests).
"""

import io
import json
import logging
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image

from portfolio.models import Artefact, RenditionStatus
from portfolio.personal_data import erase
from portfolio.renditions import rendition_make
from portfolio.services import artefact_share

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("ffmpeg"), reason="bin/system-packages installs ffmpeg"),
]


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *args], check=True, timeout=60)


@pytest.fixture(scope="module")
def sample_video(tmp_path_factory) -> bytes:
    """3 s of 1280×720 at 25 frames a second with a stereo tone, H.264 at about 2 Mbit/s: a phone's short clip."""
    out = tmp_path_factory.mktemp("video") / "lesson.mp4"
    _ffmpeg(
        *("-f", "lavfi", "-i", "testsrc=size=1280x720:rate=25", "-f", "lavfi", "-i", "sine=frequency=440"),
        *("-t", "3", "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "2M", "-pix_fmt", "yuv420p"),
        *("-c:a", "aac", "-b:a", "128k", "-ac", "2", "-movflags", "+faststart", str(out)),
    )
    return out.read_bytes()


@pytest.fixture(scope="module")
def sample_recording(tmp_path_factory) -> bytes:
    """3 s of a tone as a phone's WAV recording (44.1 kHz, 16-bit stereo)."""
    out = tmp_path_factory.mktemp("audio") / "interview.wav"
    _ffmpeg("-f", "lavfi", "-i", "sine=frequency=330", "-t", "3", "-ac", "2", "-c:a", "pcm_s16le", str(out))
    return out.read_bytes()


def _upload(client, user, data: bytes, name: str, capture) -> Artefact:
    client.force_login(user)
    with capture(execute=True):
        response = client.post(
            reverse("portfolio:new"),
            {"title": "Group work", "visibility": "private", "file": SimpleUploadedFile(name, data)},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Artefact.objects.filter(owner=user).latest("pk")


def _get(client, name: str, artefact, **headers):
    return client.get(reverse(f"portfolio:{name}", kwargs={"artefact": artefact.uuid}), headers=headers)


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def _probe(data: bytes, tmp_path: Path) -> dict:
    path = tmp_path / "probe.bin"
    path.write_bytes(data)
    done = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "stream=codec_type,codec_name,profile,width,height,channels"]
        + ["-show_entries", "format=duration", "-of", "json", str(path)],
        capture_output=True,
        check=True,
        timeout=30,
    )
    found = json.loads(done.stdout)
    return {s["codec_type"]: s for s in found["streams"]} | {"duration": float(found["format"]["duration"])}


def test_a_video_gets_a_light_mp4_at_most_360_px_high_and_a_poster(
    client, people, sample_video, tmp_path, django_capture_on_commit_callbacks
):
    video = _upload(client, people.owner, sample_video, "lesson.mp4", django_capture_on_commit_callbacks)
    assert (video.kind, video.rendition_status) == ("video", RenditionStatus.READY)

    light = _get(client, "light", video)
    assert light.status_code == 200 and light["Content-Type"] == "video/mp4" and light["Accept-Ranges"] == "bytes"
    data = _body(light)
    assert len(data) == video.rendition_size
    assert len(data) * 5 < len(sample_video), (len(data), len(sample_video))  # about 2 Mbit/s down to about 0.2
    found = _probe(data, tmp_path)
    assert found["video"]["codec_name"] == "h264" and "Baseline" in found["video"]["profile"]
    assert found["video"]["height"] <= 360 and (found["video"]["width"], found["video"]["height"]) == (640, 360)
    assert found["audio"]["codec_name"] == "aac" and found["audio"]["channels"] == 1
    assert abs(found["duration"] - 3) < 0.5
    assert data[4:8] == b"ftyp" and data.index(b"moov") < data.index(b"mdat")  # +faststart: plays as it arrives

    part = _get(client, "light", video, Range="bytes=0-99")
    assert part.status_code == 206 and part["Content-Range"] == f"bytes 0-99/{len(data)}"

    poster = _get(client, "poster", video)
    assert poster.status_code == 200 and poster["Content-Type"] == "image/jpeg"
    image = Image.open(io.BytesIO(_body(poster)))
    assert image.format == "JPEG" and image.height <= 360 and not image.getexif()

    page = client.get(video.get_absolute_url()).content.decode()
    light_url, file_url = (reverse(f"portfolio:{n}", kwargs={"artefact": video.uuid}) for n in ("light", "file"))
    poster_url = reverse("portfolio:poster", kwargs={"artefact": video.uuid})
    assert f'poster="{poster_url}"' in page and f'src="{light_url}"' in page
    assert page.index(light_url) < page.index(file_url)  # the light version first, the original after it
    assert "Light version" in page and "Full quality" in page
    assert "on 2G" in page.split("Light version", 1)[1].split("Full quality", 1)[0]  # its size and time on 2G


def test_the_light_files_follow_the_artefacts_permissions(
    client, people, sample_video, django_capture_on_commit_callbacks
):
    video = _upload(client, people.owner, sample_video, "lesson.mp4", django_capture_on_commit_callbacks)
    cases = {
        "private": {"owner": 200, "classmate": 404, "trainer": 404, "stranger": 404},
        "cohort": {"owner": 200, "classmate": 200, "trainer": 200, "mentor": 200, "stranger": 404},
    }
    for visibility, statuses in cases.items():
        artefact_share(artefact=video, user=people.owner, visibility=visibility)
        for role, expected in statuses.items():
            client.force_login(getattr(people, role))
            for name in ("light", "poster"):
                assert _get(client, name, video).status_code == expected, (visibility, role, name)
    client.logout()
    assert _get(client, "light", video).status_code == 302  # to the sign-in page


def test_a_video_that_does_not_decode_keeps_its_original_and_says_so(
    client, people, caplog, django_capture_on_commit_callbacks
):
    # An MP4's header (filetype reads an MP4), then noise: accepted at upload, ffmpeg cannot decode it.
    broken = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + os.urandom(40_000)
    with caplog.at_level(logging.WARNING, logger="portfolio.renditions"):
        video = _upload(client, people.owner, broken, "broken.mp4", django_capture_on_commit_callbacks)
    assert video.rendition_status == RenditionStatus.FAILED and not video.rendition and not video.poster
    assert any("No light version for artefact" in r.getMessage() for r in caplog.records)
    page = client.get(video.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Light version not available" in html
    assert f'src="{reverse("portfolio:file", kwargs={"artefact": video.uuid})}"' in html  # the original plays
    original = _get(client, "file", video)
    assert original.status_code == 200 and _body(original) == broken
    assert _get(client, "light", video).status_code == 404 and _get(client, "poster", video).status_code == 404


def test_without_ffmpeg_or_time_the_original_stays_and_a_retry_makes_it_once(
    client, people, sample_video, settings, tmp_path, caplog, django_capture_on_commit_callbacks
):
    settings.PORTFOLIO_FFMPEG = str(tmp_path / "no-ffmpeg-here")
    with caplog.at_level(logging.ERROR, logger="portfolio.renditions"):
        video = _upload(client, people.owner, sample_video, "lesson.mp4", django_capture_on_commit_callbacks)
    assert video.rendition_status == RenditionStatus.FAILED
    assert any("not installed" in r.getMessage() for r in caplog.records)
    assert "Light version not available" in client.get(video.get_absolute_url()).content.decode()

    settings.PORTFOLIO_FFMPEG = "ffmpeg"
    settings.PORTFOLIO_TRANSCODE_SECONDS = 0.01  # killed long before it ends
    assert rendition_make(artefact_id=video.pk) == RenditionStatus.FAILED

    settings.PORTFOLIO_TRANSCODE_SECONDS = 90
    call_command("portfolio_light_versions", stdout=io.StringIO())  # queued, and run inline by the sync cluster
    video.refresh_from_db()
    assert video.rendition_status == RenditionStatus.READY and video.rendition_source
    made = (video.rendition.name, video.poster.name)
    assert rendition_make(artefact_id=video.pk) == RenditionStatus.READY  # the same original: nothing made again
    video.refresh_from_db()
    assert (video.rendition.name, video.poster.name) == made
    folder = Path(video.file.path).parent
    assert len(list(folder.iterdir())) == 3  # the original, its light version and its poster: nothing left over


def test_deleting_or_erasing_an_artefact_deletes_its_light_files(
    client, people, sample_video, django_capture_on_commit_callbacks
):
    kept = _upload(client, people.owner, sample_video, "lesson.mp4", django_capture_on_commit_callbacks)
    paths = [Path(f.path) for f in (kept.file, kept.rendition, kept.poster)]
    assert all(p.exists() for p in paths)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("portfolio:delete", kwargs={"artefact": kept.uuid}))
    assert not any(p.exists() for p in paths) and not Artefact.objects.filter(pk=kept.pk).exists()

    again = _upload(client, people.owner, sample_video, "lesson.mp4", django_capture_on_commit_callbacks)
    paths = [Path(f.path) for f in (again.file, again.rendition, again.poster)]
    erase(user=people.owner)
    assert not any(p.exists() for p in paths)


def test_a_recording_gets_a_light_mono_m4a(
    client, people, sample_recording, tmp_path, django_capture_on_commit_callbacks
):
    recording = _upload(client, people.owner, sample_recording, "interview.wav", django_capture_on_commit_callbacks)
    assert (recording.kind, recording.rendition_status) == ("audio", RenditionStatus.READY)
    light = _get(client, "light", recording)
    assert light.status_code == 200 and light["Content-Type"] == "audio/mp4"
    data = _body(light)
    assert len(data) * 10 < len(sample_recording)
    found = _probe(data, tmp_path)
    assert "video" not in found and found["audio"]["codec_name"] == "aac" and found["audio"]["channels"] == 1
    assert not recording.poster and _get(client, "poster", recording).status_code == 404
    page = client.get(recording.get_absolute_url()).content.decode()
    assert (
        f'<audio controls preload="none" src="{reverse("portfolio:light", kwargs={"artefact": recording.uuid})}"'
        in page
    )
