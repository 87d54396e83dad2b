"""A peer-reviewed essay from submission to grade: calibration, N reviews, weighted median, queue, override."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from assessments.models import Answer, Review
from audit.models import AuditEvent
from competency.models import CompetencyEvidence
from peerreview import services
from peerreview.models import PeerReview, Submission


def _three_reviewing(peer_item, teachers):
    a, b, c = teachers[:3]
    subs = [peer_item.submit(t) for t in (a, b, c)]
    for t in (a, b, c):
        peer_item.calibrate(t, 3, 3)  # the trainer's 0.75 exactly: weight 1
    return subs


def test_a_teacher_reviews_only_after_submitting_and_calibrating(peer_item, teachers):
    a, b = teachers[:2]
    peer_item.submit(b)
    with pytest.raises(services.PeerReviewError) as exc:
        services.review_assign_next(setting=peer_item.setting, reviewer=a)
    assert exc.value.code == "no_submission"
    peer_item.submit(a)
    with pytest.raises(services.PeerReviewError) as exc:
        services.review_assign_next(setting=peer_item.setting, reviewer=a)
    assert exc.value.code == "not_calibrated"
    peer_item.calibrate(a, 3, 3)
    assert [r.submission.author for r in services.review_assign_next(setting=peer_item.setting, reviewer=a)] == [b]


def test_nobody_reviews_their_own_work(peer_item, teachers):
    a = teachers[0]
    own = peer_item.submit(a)
    peer_item.calibrate(a, 3, 3)
    assert services.review_assign_next(setting=peer_item.setting, reviewer=a) == []
    # The database refuses it too, whatever code might try.
    with pytest.raises(IntegrityError), transaction.atomic():
        PeerReview.objects.create(submission=own, author=a, reviewer=a, assigned_at=own.created_at)


def test_peers_grade_by_weighted_median_and_the_evidence_names_the_judges(peer_item, teachers):
    a, b, c = teachers[:3]
    subs = _three_reviewing(peer_item, teachers)
    peer_item.review_all(a, 3, 3)  # a reviews b and c: 0.75
    peer_item.review_all(b, 4, 3)  # b reviews a and c: 0.875
    peer_item.review_all(c, 3, 3)  # c reviews a and b: 0.75
    for sub in subs:
        sub.refresh_from_db()
        assert sub.status == "graded"
    sub_c = Submission.objects.get(author=c)
    # Equal weights, 0.75 and 0.875: the tie goes to the teacher.
    assert sub_c.final_score == Decimal("0.875")
    answer = Answer.objects.get(pk=sub_c.answer_id)
    assert answer.score == Decimal("0.875") and not answer.needs_review
    assert answer.attempt.status == "graded"
    evidence = CompetencyEvidence.objects.get(user=c, competency__code="KD.3")
    judged = evidence.detail["rubric"][0]["peer_review"]
    assert judged["decided_by"] == "peers"
    judges = PeerReview.objects.filter(pk__in=[r["review"] for r in judged["reviews"]])
    assert sorted(judges.values_list("reviewer_id", flat=True)) == sorted([a.pk, b.pk])
    assert all("reviewer" not in r for r in judged["reviews"]), "the author's evidence names no reviewer's account"
    assert {r["weight"] for r in judged["reviews"]} == {"1.000000"}
    assert AuditEvent.objects.filter(action="assessment.answer.graded", target_id=str(answer.pk)).exists()


def test_disagreement_beyond_the_threshold_goes_to_the_trainer_who_decides(peer_item, teachers, trainer):
    a, b, c = teachers[:3]
    _three_reviewing(peer_item, teachers)
    peer_item.review_all(a, 1, 1)  # 0.25
    peer_item.review_all(b, 4, 4)  # 1.0 → c's work: 0.25 vs 1.0
    sub_c = Submission.objects.get(author=c)
    assert sub_c.status == "queued" and sub_c.queue_reason == "disagreement"
    assert Answer.objects.get(pk=sub_c.answer_id).needs_review
    services.trainer_decide(submission=sub_c, trainer=trainer, levels=peer_item.levels(2, 2), feedback="Solid.")
    sub_c.refresh_from_db()
    assert sub_c.status == "graded" and sub_c.final_score == Decimal("0.5") and sub_c.decided_by == trainer
    evidence = CompetencyEvidence.objects.get(user=c, competency__code="KD.3")
    assert evidence.detail["rubric"][0]["peer_review"]["decided_by"] == "trainer"
    assert evidence.detail["rubric"][0]["peer_review"]["trainer"] == trainer.pk
    assert AuditEvent.objects.filter(action="peer_review.trainer_decided", actor_id=trainer.pk).exists()


def test_a_trainer_override_wins_over_the_peers_grade(peer_item, teachers, trainer):
    a, b, c = teachers[:3]
    _three_reviewing(peer_item, teachers)
    for t in (a, b, c):
        peer_item.review_all(t, 3, 3)
    sub_a = Submission.objects.get(author=a)
    assert sub_a.final_score == Decimal("0.75")
    services.trainer_decide(submission=sub_a, trainer=trainer, levels=peer_item.levels(1, 1))
    answer = Answer.objects.get(pk=sub_a.answer_id)
    assert answer.score == Decimal("0.25")  # replaced, not averaged with the peers'
    current = Review.objects.filter(answer=answer, replaced_by__isnull=True)
    assert [r.reviewer for r in current] == [trainer]
    assert Review.objects.filter(answer=answer).count() == 2  # the peers' grade stays on record
    assert AuditEvent.objects.filter(action="assessment.answer.regraded", actor_id=trainer.pk).exists()


def test_a_reviewer_who_goes_quiet_is_replaced_after_the_set_time(peer_item, teachers):
    a, b, c, d = teachers[:4]
    for t in (a, b, c, d):
        peer_item.submit(t)
        peer_item.calibrate(t, 3, 3)
    held = services.review_assign_next(setting=peer_item.setting, reviewer=a)  # a takes b's and c's work, then leaves
    assert {r.submission.author for r in held} == {b, c}
    start = held[0].assigned_at
    # Before the set time (48 h) nothing moves.
    assert services.reviews_reassign_overdue(now=start + timedelta(hours=47))["expired"] == 0
    moved = services.reviews_reassign_overdue(now=start + timedelta(hours=49))
    assert moved["expired"] == 2 and moved["reassigned"] >= 2
    for review in held:
        review.refresh_from_db()
        assert review.status == "expired"
    # The work a held went to others; a cannot write the stale review any more.
    for author in (b, c):
        others = PeerReview.objects.filter(submission__author=author, status="assigned").exclude(reviewer=a)
        assert others.exists() and a not in [r.reviewer for r in others] and author not in [r.reviewer for r in others]
    with pytest.raises(services.PeerReviewError) as exc:
        services.review_submit(review=held[0], reviewer=a, levels=peer_item.levels(3, 3), feedback="Late.")
    assert exc.value.code == "expired"


def test_work_nobody_is_left_to_review_goes_to_the_trainer(peer_item, teachers):
    a, b = teachers[:2]
    sub_a = peer_item.submit(a)
    peer_item.submit(b)
    peer_item.calibrate(b, 3, 3)
    held = services.review_assign_next(setting=peer_item.setting, reviewer=b)
    assert len(held) == 1
    later = sub_a.created_at + timedelta(hours=49)
    services.reviews_reassign_overdue(now=later)
    sub_a.refresh_from_db()
    # b went quiet and no other calibrated peer exists: a is not kept waiting.
    assert sub_a.status == "queued" and sub_a.queue_reason == "no_reviewers"


def test_the_scheduled_task_picks_up_submissions(peer_item, teachers):
    from peerreview.tasks import reviews_reassign_overdue_task

    a = teachers[0]
    peer_item.submit(a)
    Submission.objects.all().delete()
    reviews_reassign_overdue_task()
    assert Submission.objects.filter(author=a).exists()


def test_a_review_needs_feedback_and_a_level_per_criterion(peer_item, teachers):
    a, b = teachers[:2]
    peer_item.submit(a)
    peer_item.submit(b)
    peer_item.calibrate(a, 3, 3)
    (review,) = services.review_assign_next(setting=peer_item.setting, reviewer=a)
    with pytest.raises(services.PeerReviewError):
        services.review_submit(review=review, reviewer=a, levels=peer_item.levels(3, 3), feedback="  ")
    with pytest.raises(services.PeerReviewError):
        services.review_submit(review=review, reviewer=a, levels={}, feedback="Good.")


def test_calibration_sets_the_weight_once(peer_item, teachers):
    a = teachers[0]
    peer_item.submit(a)
    first = peer_item.calibrate(a, 1, 1)  # 0.25 against the trainer's 0.75
    assert first.weight == Decimal("0.666667")
    again = peer_item.calibrate(a, 3, 3)
    assert again.pk == first.pk and again.weight == first.weight


def test_an_erased_reviewer_frees_owed_work_and_the_trainer_is_told_why_their_written_reviews_need_a_decision(
    client, peer_item, teachers, trainer
):
    from peerreview import personal_data

    a, b, c, d = teachers[:4]
    for t in (a, b, c, d):
        peer_item.submit(t)
        peer_item.calibrate(t, 3, 3)
    owed = [r.pk for r in services.review_assign_next(setting=peer_item.setting, reviewer=b)]
    personal_data.erase(user=b)  # b leaves owing reviews: they are freed at once, nobody waits the set time
    assert owed and set(PeerReview.objects.filter(pk__in=owed).values_list("status", flat=True)) == {"expired"}

    peer_item.review_all(a, 3, 3)
    personal_data.erase(user=a)  # a's reviews are written, then a's account is erased
    peer_item.review_all(c, 3, 3)
    peer_item.review_all(d, 3, 3)  # everyone agrees: no disagreement anywhere

    judged_by_a = Submission.objects.filter(reviews__reviewer__isnull=True, reviews__status="done").distinct()
    assert judged_by_a.exists()
    for submission in judged_by_a:
        assert (submission.status, submission.queue_reason) == ("queued", "reviewer_erased")
    client.force_login(trainer)
    page = client.get(f"/peer-review/queue/{judged_by_a.first().pk}/").content.decode()
    assert "A reviewer&#x27;s account was erased" in page and "Peers disagree" not in page
