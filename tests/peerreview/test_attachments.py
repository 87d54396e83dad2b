"""The file and portfolio artefacts attached to peer-reviewed work (ADR 0209): its assigned reviewers see and open
them, anonymously; nobody else gains access."""

from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile

from peerreview.models import PeerReview
from peerreview.services import review_assign_next, review_submit

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\nMy plan"
AUTHOR = "Amina Okafor"


@pytest.fixture
def work(peer_item, teachers, trainer, make_user, django_capture_on_commit_callbacks):
    """a's essay (a PDF named after her) with a photo and a video from her portfolio submitted with it; b and c
    review it. All of them, and d who reviews nothing, are in the trainer's cohort."""
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create
    from portfolio.services import artefact_create, artefact_submit
    from tests.portfolio.conftest import jpeg, mp4

    a, b, c, d = teachers[:4]
    a.legal_name = AUTHOR
    a.save(update_fields=["legal_name"])
    cohort = cohort_create(name="Riverside", trainer=trainer)
    for t in (a, b, c, d):
        CohortMembership.objects.create(cohort=cohort, user=t)
    submissions = {t: peer_item.submit(t, text="Pupils chart the devices at home.") for t in (a, b, c)}
    answer = submissions[a].answer
    answer.file.save("Amina Okafor lesson plan.pdf", ContentFile(PDF), save=True)
    with django_capture_on_commit_callbacks(execute=True):  # the photo's light version is made on commit
        photo = artefact_create(
            owner=a, title=f"Lesson by {AUTHOR}", text="Pairs chart devices.", upload=jpeg(800, 600, "amina.jpg")
        )
    video = artefact_create(owner=a, title=f"{AUTHOR} teaching", upload=mp4(name="amina-okafor.mp4"))
    for artefact in (photo, video):
        artefact_submit(artefact=artefact, user=a, answer=answer)
    for t in (a, b, c):
        peer_item.calibrate(t, 3, 3)
        review_assign_next(setting=peer_item.setting, reviewer=t)
    reviews = list(PeerReview.objects.filter(submission=submissions[a]).select_related("reviewer"))
    assert {r.reviewer for r in reviews} == {b, c}
    photo.refresh_from_db()
    assert photo.rendition_status == "ready"
    return SimpleNamespace(
        author=a, outsider=d, answer=answer, photo=photo, video=video, reviews=reviews, cohort=cohort, item=peer_item
    )


def _urls(work, review) -> dict[str, str]:
    return {
        "review file": f"/peer-review/review/{review.pk}/file/",
        "photo (light)": f"/portfolio/{work.photo.uuid}/light/",
        "video": f"/portfolio/{work.video.uuid}/file/",
    }


def test_an_assigned_reviewer_sees_the_file_and_the_artefacts_without_the_authors_name(client, work):
    review = work.reviews[0]
    client.force_login(review.reviewer)
    page = client.get(f"/peer-review/review/{review.pk}/").content.decode()
    for url in _urls(work, review).values():
        assert f'"{url}"' in page
    assert "Pairs chart devices." in page  # what the artefact shows is part of the work
    assert "Photo" in page and "Video" in page
    assert f"/portfolio/{work.photo.uuid}/file/" not in page, "the photo's original keeps its metadata"
    assert "Okafor" not in page and "Amina" not in page and "amina" not in page
    assert "open only with a connection" in page
    # The offline download counts them and names nobody.
    download = client.get("/peer-review/download/").json()
    owed = next(r for r in download["reviews"] if r["review"] == review.pk)
    assert owed["attachments"] == 3
    assert "Okafor" not in str(download) and "amina" not in str(download)


def test_an_assigned_reviewer_opens_them_under_neutral_names(client, work):
    review = work.reviews[0]
    client.force_login(review.reviewer)
    responses = {name: client.get(url) for name, url in _urls(work, review).items()}
    assert {name: r.status_code for name, r in responses.items()} == dict.fromkeys(responses, 200)
    assert b"".join(responses["review file"].streaming_content) == PDF
    assert responses["review file"]["Content-Type"] == "application/pdf"
    assert f"peer-review-{review.pk}.pdf" in responses["review file"]["Content-Disposition"]
    assert responses["photo (light)"]["Content-Type"] == "image/jpeg"
    assert responses["video"]["Content-Type"] == "video/mp4"
    for name, response in responses.items():
        headers = str(response.headers).lower()
        assert "okafor" not in headers and "amina" not in headers, name
        assert response["Cache-Control"] == "private, no-store", name
        assert "sandbox" in response["Content-Security-Policy"], name
    # Nothing beyond the files: not the artefact's page (it names its owner), not the photo's original, not the
    # assessments download (it carries the file's own name).
    for url in (
        f"/portfolio/{work.photo.uuid}/",
        f"/portfolio/{work.video.uuid}/",
        f"/portfolio/{work.photo.uuid}/file/",
        f"/assessments/answer/{work.answer.pk}/file/",
    ):
        assert client.get(url).status_code == 404, url


def test_a_written_review_still_opens_them_an_expired_one_does_not(client, work):
    done, expired = work.reviews
    review_submit(
        review=done, reviewer=done.reviewer, levels=work.item.levels(3, 3), feedback="Clear aims; show pupils' work."
    )
    client.force_login(done.reviewer)
    assert [client.get(url).status_code for url in _urls(work, done).values()] == [200, 200, 200]
    PeerReview.objects.filter(pk=expired.pk).update(status="expired")
    client.force_login(expired.reviewer)
    page = client.get(f"/peer-review/review/{expired.pk}/").content.decode()
    assert f"/peer-review/review/{expired.pk}/file/" not in page and str(work.photo.uuid) not in page
    assert [client.get(url).status_code for url in _urls(work, expired).values()] == [404, 404, 404]


def test_nobody_else_gains_access(client, work, make_user):
    review = work.reviews[0]
    other = make_user("trainer2", roles=("Teacher", "Trainer"))
    # A teacher of the same cohort who reviews nothing, the other reviewer (for this review's own URL), a trainer
    # of another cohort.
    for user, urls in [
        (work.outsider, list(_urls(work, review).values()) + [f"/peer-review/review/{review.pk}/"]),
        (work.reviews[1].reviewer, [f"/peer-review/review/{review.pk}/file/"]),
        (other, list(_urls(work, review).values())),
    ]:
        client.force_login(user)
        for url in urls:
            assert client.get(url).status_code in (403, 404), (user.username, url)
    client.logout()
    assert client.get(f"/peer-review/review/{review.pk}/file/").status_code == 302


def test_the_trainer_deciding_sees_them_as_on_the_review_page(client, work, trainer, make_user):
    submission = work.reviews[0].submission
    client.force_login(trainer)
    page = client.get(f"/peer-review/queue/{submission.pk}/").content.decode()
    assert f'href="/assessments/answer/{work.answer.pk}/file/"' in page
    assert f"Portfolio evidence: Lesson by {AUTHOR}" in page  # the trainer knows whose work it is
    # The trainer's own access is unchanged: the artefact's page and the photo's original.
    assert client.get(f"/portfolio/{work.photo.uuid}/").status_code == 200
    assert client.get(f"/portfolio/{work.photo.uuid}/file/").status_code == 200
    client.force_login(make_user("trainer2", roles=("Teacher", "Trainer")))
    page = client.get(f"/peer-review/queue/{submission.pk}/").content.decode()
    assert f'href="/assessments/answer/{work.answer.pk}/file/"' not in page and "Lesson by" not in page


def test_a_video_with_a_light_version_plays_that_one_to_the_peer(client, work):
    from portfolio.models import RenditionStatus

    video = work.video
    video.rendition.save("light.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64), save=False)
    video.rendition_status = RenditionStatus.READY
    video.rendition_size = 80
    video.save()
    review = work.reviews[0]
    client.force_login(review.reviewer)
    page = client.get(f"/peer-review/review/{review.pk}/").content.decode()
    assert f'src="/portfolio/{video.uuid}/light/"' in page
    assert f"/portfolio/{video.uuid}/file/" not in page, "the original keeps its metadata"
    assert client.get(f"/portfolio/{video.uuid}/file/").status_code == 404
    light = client.get(f"/portfolio/{video.uuid}/light/")
    assert light.status_code == 200 and "okafor" not in str(light.headers).lower()
    client.force_login(work.author)  # the owner still opens the original
    assert client.get(f"/portfolio/{video.uuid}/file/").status_code == 200
