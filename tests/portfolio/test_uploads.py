"""Uploads: kinds read from the content, the name's extension agreeing, caps per kind (ADR 0200)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portfolio.models import Artefact, Kind, RenditionStatus
from tests.portfolio.conftest import jpeg, mp4

pytestmark = pytest.mark.django_db


def _add(client, user, **data):
    client.force_login(user)
    data.setdefault("title", "My lesson")
    data.setdefault("visibility", "private")
    return client.post(reverse("portfolio:new"), data)


def test_a_photo_is_stored_privately_and_its_kind_read_from_the_content(
    client, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _add(client, people.owner, file=jpeg())
    artefact = Artefact.objects.get(owner=people.owner)
    assert response.status_code == 302 and response["Location"] == artefact.get_absolute_url()
    assert (artefact.kind, artefact.content_type, artefact.visibility) == (Kind.PHOTO, "image/jpeg", "private")
    assert artefact.rendition_status == RenditionStatus.READY
    with pytest.raises(ValueError):
        _ = artefact.file.url  # no public address: only the views hand it out


def test_html_named_as_a_photo_is_refused(client, people):
    fake = SimpleUploadedFile("photo.jpg", b"<html><script>alert(1)</script></html>", content_type="image/jpeg")
    response = _add(client, people.owner, file=fake)
    assert response.status_code == 400
    assert "cannot be added" in response.content.decode()
    assert not Artefact.objects.exists()


def test_a_photo_named_as_a_pdf_is_refused(client, people):
    response = _add(client, people.owner, file=jpeg(name="plan.pdf", width=50, height=50))
    assert response.status_code == 400
    assert not Artefact.objects.exists()


def test_an_executable_is_refused_whatever_its_name(client, people):
    exe = SimpleUploadedFile("video.mp4", b"MZ\x90\x00" + b"\x00" * 200, content_type="video/mp4")
    assert _add(client, people.owner, file=exe).status_code == 400
    assert not Artefact.objects.exists()


def test_a_short_video_is_accepted_and_a_long_one_refused_with_the_cap(client, people, settings):
    settings.PORTFOLIO_VIDEO_MAX_BYTES = 100 * 1024
    assert _add(client, people.owner, file=mp4(size=60 * 1024)).status_code == 302
    video = Artefact.objects.get()
    # Its light version is queued on commit (tests/portfolio/test_light_media.py makes one with ffmpeg).
    assert (video.kind, video.content_type, video.rendition_status) == (Kind.VIDEO, "video/mp4", "pending")
    response = _add(client, people.owner, file=mp4(size=150 * 1024, name="long.mp4"))
    assert response.status_code == 400
    assert "100.0\xa0KB" in response.content.decode()  # says what is accepted
    assert Artefact.objects.count() == 1


def test_documents_have_their_own_cap(client, people, settings):
    settings.PORTFOLIO_UPLOAD_MAX_BYTES = 1024
    plan = SimpleUploadedFile("plan.txt", b"Objectives\n" * 200, content_type="text/plain")
    assert _add(client, people.owner, file=plan).status_code == 400
    small = SimpleUploadedFile("plan.txt", "Objectifs : les élèves…\n".encode(), content_type="text/plain")
    assert _add(client, people.owner, file=small).status_code == 302
    assert Artefact.objects.get().content_type == "text/plain"


def test_a_reflection_needs_no_file_but_other_kinds_do(client, people):
    assert _add(client, people.owner, kind="photo").status_code == 400
    assert _add(client, people.owner, kind="reflection", text="Group work went well.").status_code == 302
    assert Artefact.objects.get().kind == Kind.REFLECTION


def test_markup_in_a_title_or_reflection_does_not_survive(client, people):
    _add(
        client,
        people.owner,
        kind="reflection",
        title="<b>Week 3</b>",
        text='<script>alert("x")</script><img src=x onerror=alert(1)>Pupils & tablets',
    )
    artefact = Artefact.objects.get()
    assert artefact.title == "Week 3"
    assert artefact.text == "Pupils & tablets"
    page = client.get(artefact.get_absolute_url()).content.decode()
    assert "<script>alert" not in page and "onerror" not in page


def test_uploads_are_throttled_per_account(client, people, settings):
    settings.PORTFOLIO_ARTEFACTS_PER_DAY = 2
    for _ in range(2):
        assert _add(client, people.owner, kind="reflection", text="ok").status_code == 302
    response = _add(client, people.owner, kind="reflection", text="again")
    assert response.status_code == 400
    assert Artefact.objects.count() == 2
    assert _add(client, people.classmate, kind="reflection", text="mine").status_code == 302


def test_competencies_are_tagged(client, people):
    ka1 = people.framework.competencies.get(code="KA.1")
    _add(client, people.owner, kind="reflection", text="t", competencies=[ka1.pk])
    assert list(Artefact.objects.get().competencies.values_list("code", flat=True)) == ["KA.1"]


def test_a_video_plays_in_ranges_and_a_cut_download_resumes(client, people):
    from portfolio.services import artefact_create

    video = artefact_create(owner=people.owner, title="Lesson", upload=mp4(size=10_000))
    client.force_login(people.owner)
    url = reverse("portfolio:file", kwargs={"artefact": video.uuid})
    whole = client.get(url)
    assert whole.status_code == 200 and whole["Accept-Ranges"] == "bytes"
    data = b"".join(whole.streaming_content)
    part = client.get(url, headers={"Range": "bytes=4000-"})
    assert part.status_code == 206 and part["Content-Range"] == "bytes 4000-9999/10000"
    assert part.content == data[4000:]
    tail = client.get(url, headers={"Range": "bytes=-16"})
    assert tail.content == data[-16:]
    assert client.get(url, headers={"Range": "bytes=20000-"}).status_code == 200  # outside: the whole file


def test_an_artefacts_competencies_are_named_in_the_readers_language(client, people):
    ka1, ka2 = people.framework.competencies.filter(code__in=["KA.1", "KA.2"]).order_by("code")
    _add(client, people.owner, kind="reflection", text="t", competencies=[ka1.pk, ka2.pk])
    client.cookies["django_language"] = "fr"
    page = client.get(Artefact.objects.get().get_absolute_url()).content.decode()
    assert f"{ka1.label_in('fr')} ; {ka2.label_in('fr')}" in page.replace("\xa0", " ").replace("\u202f", " ")
    assert ka1.name_in("fr") != ka1.name_in("en") and ka1.name_in("en") not in page  # the edit form's choices too
