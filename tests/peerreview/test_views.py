"""The pages a teacher and a trainer use, without JavaScript: anonymity, who may open what, offline sync, queries."""

import json
import uuid

import pytest

from peerreview.models import PeerCohortSetting, PeerReview, Submission
from peerreview.services import review_assign_next


@pytest.fixture
def graded_world(peer_item, teachers):
    """Three teachers through calibration; a and b have written their reviews, c has not."""
    a, b, c = teachers[:3]
    for t in (a, b, c):
        peer_item.submit(t, text=f"Plan written by {t.legal_name}.")
        peer_item.calibrate(t, 3, 3)
    peer_item.review_all(a, 3, 3)
    peer_item.review_all(b, 3, 4)
    review_assign_next(setting=peer_item.setting, reviewer=c)
    return peer_item


def test_a_teacher_walks_calibration_reviews_and_self_assessment_without_javascript(client, peer_item, teachers):
    a, b, c = teachers[:3]
    for t in (a, b, c):
        peer_item.submit(t)
    client.force_login(a)
    page = client.get(f"/peer-review/{peer_item.setting.pk}/").content.decode()
    assert "Pupils list the devices" in page and 'name="criterion-' in page
    levels = peer_item.levels(3, 3)
    response = client.post(
        f"/peer-review/{peer_item.setting.pk}/calibrate/", {f"criterion-{k}": v for k, v in levels.items()}
    )
    assert response.status_code == 302
    page = client.get(f"/peer-review/{peer_item.setting.pk}/").content.decode()
    assert "Review Peer 1" in page and "Review Peer 2" in page
    for review in PeerReview.objects.filter(reviewer=a):
        response = client.post(
            f"/peer-review/review/{review.pk}/",
            {**{f"criterion-{k}": v for k, v in levels.items()}, "feedback": "Good use of the spreadsheet."},
        )
        assert response.status_code == 302
    page = client.get(f"/peer-review/{peer_item.setting.pk}/").content.decode()
    assert "Assess your own work" in page
    response = client.post(
        f"/peer-review/{peer_item.setting.pk}/self/",
        {**{f"criterion-{k}": v for k, v in peer_item.levels(2, 3).items()}, "feedback": "More pupil voice."},
    )
    assert Submission.objects.get(author=a).self_feedback == "More pupil voice."


def test_reviews_are_anonymous_both_ways(client, graded_world, teachers):
    a, b, c = teachers[:3]
    review = PeerReview.objects.filter(reviewer=c, status="assigned").first()
    client.force_login(c)
    page = client.get(f"/peer-review/review/{review.pk}/").content.decode()
    assert "Peer 1" in page or "Peer 2" in page
    assert review.author.legal_name not in page.replace(f"Plan written by {review.author.legal_name}.", "")
    client.force_login(a)
    page = client.get(f"/peer-review/{graded_world.setting.pk}/").content.decode()
    assert "A peer" in page
    assert b.legal_name not in page and c.legal_name not in page


def test_a_cohort_may_choose_to_show_names(client, graded_world, teachers, trainer):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    a, b, c = teachers[:3]
    cohort = cohort_create(name="Named", trainer=trainer)
    for t in (a, b, c):
        CohortMembership.objects.create(cohort=cohort, user=t)
    PeerCohortSetting.objects.create(cohort=cohort, names_visible=True)
    client.force_login(a)
    page = client.get(f"/peer-review/{graded_world.setting.pk}/").content.decode()
    reviewers = [r.reviewer.legal_name for r in PeerReview.objects.filter(author=a, status="done")]
    assert reviewers and all(name in page for name in reviewers)


def test_someone_elses_review_is_not_found(client, graded_world, teachers, trainer):
    c = teachers[2]
    review = PeerReview.objects.filter(reviewer=c).first()
    client.force_login(teachers[0])
    assert client.get(f"/peer-review/review/{review.pk}/").status_code == 404
    client.force_login(trainer)
    assert client.get(f"/peer-review/review/{review.pk}/").status_code == 404


def test_the_trainer_queue_and_override_are_for_trainers(client, peer_item, teachers, trainer):
    a, b, c = teachers[:3]
    for t in (a, b, c):
        peer_item.submit(t)
        peer_item.calibrate(t, 3, 3)
    peer_item.review_all(a, 1, 1)
    peer_item.review_all(b, 4, 4)
    queued = Submission.objects.get(author=c, status="queued")
    client.force_login(a)
    assert client.get("/peer-review/queue/").status_code == 403
    assert client.get(f"/peer-review/queue/{queued.pk}/").status_code == 403
    client.force_login(trainer)
    assert f"/peer-review/queue/{queued.pk}/" in client.get("/peer-review/queue/").content.decode()
    response = client.post(
        f"/peer-review/queue/{queued.pk}/",
        {**{f"criterion-{k}": v for k, v in peer_item.levels(2, 2).items()}, "feedback": "Decided."},
    )
    assert response.status_code == 302
    queued.refresh_from_db()
    assert queued.status == "graded" and queued.decided_by == trainer


def test_the_cohort_report_shows_progress_and_calibration(client, graded_world, teachers, trainer, make_user):
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    cohort = cohort_create(name="Riverside", trainer=trainer)
    for t in teachers[:3]:
        CohortMembership.objects.create(cohort=cohort, user=t)
    client.force_login(trainer)
    page = client.get(f"/peer-review/cohorts/{cohort.pk}/").content.decode()
    assert "Lesson plan" in page and "Calibrated" in page and "1.00" in page
    assert f"/peer-review/cohorts/{cohort.pk}/" in client.get("/peer-review/queue/").content.decode()
    client.force_login(make_user("trainer2", roles=("Teacher", "Trainer")))
    assert client.get(f"/peer-review/cohorts/{cohort.pk}/").status_code == 404
    client.force_login(teachers[0])
    assert client.get(f"/peer-review/cohorts/{cohort.pk}/").status_code == 403


def test_reviews_written_offline_sync_once(client, graded_world, teachers):
    c = teachers[2]
    client.force_login(c)
    download = client.get("/peer-review/download/").json()
    assert len(download["reviews"]) == 2 and download["reviews"][0]["label"] == "Peer 1"
    assert all("author" not in r for r in download["reviews"])
    # Each review's own page, which the PWA stores: without JavaScript it is a plain form posting to itself.
    first_url = download["reviews"][0]["url"]
    assert first_url == f"/peer-review/review/{download['reviews'][0]['review']}/"
    html = client.get(first_url).content.decode()
    assert '<form method="post" data-offline="peer_review"' in html and 'data-sync-url="/peer-review/sync/"' in html
    levels = graded_world.levels(3, 3)
    batch = {
        "user": c.pk,
        "reviews": [
            {"id": str(uuid.uuid4()), "review": r["review"], "levels": levels, "feedback": "Written on the bus."}
            for r in download["reviews"]
        ],
    }
    first = client.post("/peer-review/sync/", json.dumps(batch), content_type="application/json").json()
    assert [r["status"] for r in first["results"]] == ["applied", "applied"]
    again = client.post("/peer-review/sync/", json.dumps(batch), content_type="application/json").json()
    assert [r["status"] for r in again["results"]] == ["duplicate", "duplicate"]
    assert PeerReview.objects.filter(reviewer=c, status="done").count() == 2
    assert Submission.objects.filter(status="graded").count() == 3
    client.logout()
    assert client.post("/peer-review/sync/", json.dumps(batch), content_type="application/json").status_code == 401


def test_review_pages_read_in_a_fixed_number_of_queries(client, graded_world, teachers, django_assert_max_num_queries):
    a, c = teachers[0], teachers[2]
    client.force_login(a)
    client.get(f"/peer-review/{graded_world.setting.pk}/")  # warm the session and caches
    with django_assert_max_num_queries(30):
        assert client.get(f"/peer-review/{graded_world.setting.pk}/").status_code == 200
    client.force_login(c)
    review = PeerReview.objects.filter(reviewer=c, status="assigned").first()
    client.get(f"/peer-review/review/{review.pk}/")
    with django_assert_max_num_queries(16):
        assert client.get(f"/peer-review/review/{review.pk}/").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get("/peer-review/").status_code == 200


def test_personal_data_export_and_erasure_keep_reviews_others_rely_on(graded_world, teachers):
    from peerreview import personal_data

    a, b = teachers[:2]
    exported = personal_data.export(user=b)
    assert len(exported["peer_reviews_written"]) == 2 and exported["peer_calibrations"]
    assert all("reviewer" not in r for r in exported["peer_reviews_received"])
    personal_data.erase(user=b)
    kept = PeerReview.objects.filter(author=a, reviewer__isnull=True, status="done")
    assert kept.count() == 1  # b's review of a's work stays, no longer linked to b
    assert not Submission.objects.filter(author=b).exists()


def test_trainers_switch_peer_review_on_in_the_admin(client, peer_item, trainer, teachers):
    client.force_login(trainer)
    listing = client.get("/admin/snippets/peerreview/peerreviewsetting/")
    assert listing.status_code == 200 and "Lesson plan" in listing.content.decode()
    assert client.get(f"/admin/snippets/peerreview/peerreviewsetting/edit/{peer_item.setting.pk}/").status_code == 200
    client.force_login(teachers[0])
    assert client.get("/admin/snippets/peerreview/peerreviewsetting/").status_code in (302, 403)
