"""Issue 18 for peer review: the teacher who received a review reports its words; hidden from them at once; a
trainer of their cohort restores it or keeps it hidden. Real database, plain forms."""

import pytest
from django.test import override_settings

from audit.models import AuditEvent
from cohorts.models import CohortMembership
from cohorts.services import cohort_create
from peerreview.models import FeedbackReport, PeerReview, Submission

FEEDBACK = "Clear aims; add a rubric for pupils."


@pytest.fixture
def reviewed(peer_item, teachers, trainer):
    """a, b and c reviewed each other (a's work has two written reviews); all three in the trainer's cohort."""
    a, b, c = teachers[:3]
    for t in (a, b, c):
        peer_item.submit(t, text=f"Plan written by {t.legal_name}.")
        peer_item.calibrate(t, 3, 3)
    for t in (a, b, c):
        peer_item.review_all(t, 3, 3, feedback=f"{FEEDBACK} Signed {t.legal_name}.")
    cohort = cohort_create(name="Riverside", trainer=trainer)
    for t in (a, b, c):
        CohortMembership.objects.create(cohort=cohort, user=t)
    return peer_item


def _received(teacher):
    return PeerReview.objects.filter(author=teacher, status="done").exclude(feedback="").order_by("pk").first()


def test_the_reported_feedback_hides_at_once_for_the_teacher_not_for_the_trainer(client, reviewed, teachers, trainer):
    a = teachers[0]
    review = _received(a)
    score_before = review.score
    final_before = Submission.objects.get(author=a).final_score
    client.force_login(a)
    item = f"/peer-review/{reviewed.setting.pk}/"
    assert review.feedback in client.get(item).content.decode()
    response = client.post(f"/peer-review/review/{review.pk}/report/", {"note": "Rude words."})
    assert response.status_code == 302 and response["Location"] == item
    page = client.get(item).content.decode()
    assert review.feedback not in page and "hidden after a report: a trainer will look at it" in page
    assert review.reviewer.legal_name not in page  # anonymity holds for the reporter
    review.refresh_from_db()
    assert review.feedback_hidden_at is not None and review.score == score_before
    assert Submission.objects.get(author=a).final_score == final_before
    assert FeedbackReport.objects.get(review=review).note == "Rude words."
    assert AuditEvent.objects.filter(action="peerreview.feedback.reported").count() == 1
    from notifications.models import Notification

    told = Notification.objects.get(kind="peer_review.reported")
    assert told.recipient == trainer and told.actor_id is None and told.url == "/peer-review/queue/"
    # The trainer sees it in the queue, with the reviewer's name, and on the grading page.
    client.force_login(trainer)
    queue = client.get("/peer-review/queue/").content.decode()
    assert review.feedback in queue and review.reviewer.legal_name in queue and "Rude words." in queue
    decide = client.get(f"/peer-review/queue/{review.submission_id}/").content.decode()
    assert review.feedback in decide and "hidden from the teacher after a report" in decide


def test_the_trainer_restores_it_or_keeps_it_hidden(client, reviewed, teachers, trainer):
    a = teachers[0]
    review = _received(a)
    client.force_login(a)
    client.post(f"/peer-review/review/{review.pk}/report/", {"note": ""})
    client.force_login(trainer)
    assert client.post(f"/peer-review/queue/feedback/{review.pk}/", {"hide": "1"}).status_code == 302
    review.refresh_from_db()
    assert review.feedback_hidden_at is not None
    assert FeedbackReport.objects.get(review=review).hidden is True
    assert review.feedback not in client.get("/peer-review/queue/").content.decode()  # resolved: off the queue
    client.force_login(a)
    page = client.get(f"/peer-review/{reviewed.setting.pk}/").content.decode()
    assert review.feedback not in page and "hidden by a trainer" in page
    # Reported again (by the same teacher, nothing new); a fresh decision by the trainer shows it again.
    client.force_login(trainer)
    client.post(f"/peer-review/queue/feedback/{review.pk}/", {"hide": "0"})
    review.refresh_from_db()
    assert review.feedback_hidden_at is None
    client.force_login(a)
    assert review.feedback in client.get(f"/peer-review/{reviewed.setting.pk}/").content.decode()
    assert set(AuditEvent.objects.values_list("action", flat=True)) >= {
        "peerreview.feedback.reported",
        "peerreview.feedback.hidden",
        "peerreview.feedback.restored",
    }


def test_only_the_teacher_who_received_it_reports_and_only_their_cohorts_trainer_decides(
    client, reviewed, teachers, trainer, make_user
):
    a, b = teachers[:2]
    review = _received(a)
    # The reviewer, another teacher, a trainer: 404, nothing hidden.
    for who in (review.reviewer, b if review.reviewer != b else teachers[2], trainer):
        client.force_login(who)
        assert client.post(f"/peer-review/review/{review.pk}/report/").status_code == 404
    review.refresh_from_db()
    assert review.feedback_hidden_at is None
    client.force_login(a)
    client.post(f"/peer-review/review/{review.pk}/report/")
    # A teacher may not decide (403); a trainer of another cohort gets 404; nothing changes.
    client.force_login(b)
    assert client.post(f"/peer-review/queue/feedback/{review.pk}/", {"hide": "0"}).status_code == 403
    stranger = make_user("trainer2", roles=("Teacher", "Trainer"))
    client.force_login(stranger)
    assert client.post(f"/peer-review/queue/feedback/{review.pk}/", {"hide": "0"}).status_code == 404
    assert review.feedback not in client.get("/peer-review/queue/").content.decode()
    review.refresh_from_db()
    assert review.feedback_hidden_at is not None


@override_settings(PEERREVIEW_REPORT_RATE="2/h")
def test_reporting_is_throttled_per_account(client, reviewed, teachers):
    a = teachers[0]
    reviews = list(PeerReview.objects.filter(author=a, status="done").order_by("pk"))
    client.force_login(a)
    statuses = [client.post(f"/peer-review/review/{reviews[0].pk}/report/").status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert FeedbackReport.objects.filter(review__author=a).count() == 1  # once per person and review


def test_the_reporters_export_lists_the_report_and_erasure_takes_it(reviewed, teachers):
    from peerreview import personal_data
    from peerreview.services import feedback_report

    a = teachers[0]
    review = _received(a)
    feedback_report(user=a, review=review, note="Names a pupil.")
    exported = personal_data.export(user=a)["peer_feedback_reports"]
    assert [r["note"] for r in exported] == ["Names a pupil."]
    assert "reviewer" not in str(exported[0].keys())
    personal_data.erase(user=a)
    # The reporter's own submission goes with erasure, and the reviews of it with their reports.
    assert not FeedbackReport.objects.exists()
