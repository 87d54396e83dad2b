"""Reads of peer review: what a teacher sees at each stage, the trainer's queue, cohort progress (ADR 0195/0196)."""

from django.db.models import Avg, Count, Exists, OuterRef, Q

from .models import (
    AssignmentStatus,
    Calibration,
    FeedbackReport,
    PeerCohortSetting,
    PeerReview,
    PeerReviewSetting,
    Submission,
    SubmissionStatus,
)


def names_visible_ids(*, user) -> set[int]:
    """Ids of the people whose names `user` may see in peer review: members of a cohort that chose to show names."""
    from cohorts.models import CohortMembership

    cohorts = PeerCohortSetting.objects.filter(names_visible=True, cohort__memberships__user=user).values("cohort")
    ids = set(CohortMembership.objects.filter(cohort__in=cohorts).values_list("user_id", flat=True))
    ids.discard(user.pk)
    return ids


def settings_of_teacher(*, user) -> list[PeerReviewSetting]:
    """Items the teacher takes part in (submitted an answer), with their own submission's status."""
    submissions = {s.setting_id: s for s in Submission.objects.filter(author=user).select_related("setting__question")}
    result = []
    for submission in submissions.values():
        setting = submission.setting
        setting.mine = submission
        result.append(setting)
    return sorted(result, key=lambda s: s.pk)


def item_stage(*, setting: PeerReviewSetting, user) -> dict:
    """Everything the item page shows the teacher, in a fixed number of queries."""
    submission = Submission.objects.filter(setting=setting, author=user).select_related("answer").first()
    calibration = Calibration.objects.filter(setting=setting, reviewer=user).first()
    to_review = list(
        PeerReview.objects.filter(submission__setting=setting, reviewer=user)
        .exclude(status=AssignmentStatus.EXPIRED)
        .order_by("assigned_at", "id")
    )
    for n, review in enumerate(to_review, start=1):
        review.label = n  # "Peer 1", "Peer 2": the reviewer never learns whose work it is
    received = []
    if submission is not None:
        visible = names_visible_ids(user=user)
        received = list(
            submission.reviews.filter(status=AssignmentStatus.DONE)
            .select_related("reviewer")
            .annotate(report_open=Exists(FeedbackReport.objects.filter(review=OuterRef("pk"), resolved_at=None)))
            .order_by("completed_at")
        )
        for review in received:
            review.shown_name = (
                (review.reviewer.legal_name or review.reviewer.get_username()) if review.reviewer_id in visible else ""
            )
    done = sum(1 for r in to_review if r.status == AssignmentStatus.DONE)
    return {
        "submission": submission,
        "calibration": calibration,
        "to_review": to_review,
        "reviews_done": done,
        "reviews_all_done": done >= setting.reviews_required,
        "received": received,
    }


def review_author_name(*, review: PeerReview, user) -> str:
    """The author's name for the reviewer when their cohort shows names; empty (so "Peer n") otherwise."""
    if review.author_id in names_visible_ids(user=user):
        author = review.author
        return author.legal_name or author.get_username()
    return ""


# A reviewer opens what is attached to the work while the review is theirs to write or written; not once it expired
# and went to someone else (ADR 0209).
READABLE_STATUSES = (AssignmentStatus.ASSIGNED, AssignmentStatus.DONE)


def answer_peer_reader(*, user, answer_id: int) -> bool:
    """Whether `user` is a peer assigned to review this answer (for assessments' reader seam: its file and the
    portfolio artefacts submitted with it open for them, anonymously)."""
    return PeerReview.objects.filter(
        reviewer=user, submission__answer_id=answer_id, status__in=READABLE_STATUSES
    ).exists()


def trainer_queue() -> list[Submission]:
    return list(
        Submission.objects.filter(status=SubmissionStatus.QUEUED)
        .select_related("author", "setting__question")
        .order_by("created_at", "id")
    )


def reported_feedback(*, user) -> list[PeerReview]:
    """Written feedback with open reports, of teachers in the cohorts `user` trains (all, for administrators): the
    trainer sees the reviewer's name, as on the grading page; each review carries its open reports."""
    from cohorts.permissions import cohorts_visible, is_administrator

    reported = PeerReview.objects.filter(
        Exists(FeedbackReport.objects.filter(review=OuterRef("pk"), resolved_at=None)), status=AssignmentStatus.DONE
    )
    if not is_administrator(user):
        reported = reported.filter(author__in=cohorts_visible(user=user).values("memberships__user_id"))
    reviews = list(reported.select_related("author", "reviewer", "submission__setting__question").order_by("pk"))
    reports: dict[int, list] = {r.pk: [] for r in reviews}
    for report in FeedbackReport.objects.filter(review__in=reviews, resolved_at__isnull=True):
        reports[report.review_id].append(report)
    for review in reviews:
        review.open_reports = reports[review.pk]
    return reviews


def cohort_progress(*, cohort) -> list[dict]:
    """Per peer-reviewed item: the cohort's submissions by stage, reviews written and owed, calibration."""
    members = cohort.memberships.values("user_id")
    settings = PeerReviewSetting.objects.filter(submissions__author__in=members).distinct().select_related("question")
    stages = {
        row["setting"]: row
        for row in Submission.objects.filter(author__in=members)
        .values("setting")
        .annotate(
            reviewing=Count("id", filter=Q(status=SubmissionStatus.REVIEWING)),
            queued=Count("id", filter=Q(status=SubmissionStatus.QUEUED)),
            graded=Count("id", filter=Q(status=SubmissionStatus.GRADED)),
        )
    }
    reviews = {
        row["submission__setting"]: row
        for row in PeerReview.objects.filter(reviewer__in=members)
        .values("submission__setting")
        .annotate(
            written=Count("id", filter=Q(status=AssignmentStatus.DONE)),
            owed=Count("id", filter=Q(status=AssignmentStatus.ASSIGNED)),
            expired=Count("id", filter=Q(status=AssignmentStatus.EXPIRED)),
        )
    }
    calibrations = {
        row["setting"]: row
        for row in Calibration.objects.filter(reviewer__in=members)
        .values("setting")
        .annotate(calibrated=Count("id"), weight=Avg("weight"))
    }
    empty = {"reviewing": 0, "queued": 0, "graded": 0, "written": 0, "owed": 0, "expired": 0, "calibrated": 0}
    return [
        {
            "setting": s,
            **empty,
            **{k: v for k, v in stages.get(s.pk, {}).items() if k != "setting"},
            **{k: v for k, v in reviews.get(s.pk, {}).items() if k != "submission__setting"},
            **{k: v for k, v in calibrations.get(s.pk, {}).items() if k != "setting"},
        }
        for s in settings.order_by("pk")
    ]


def evidence_judgement(*, answers: list) -> dict[int, dict]:
    """For assessments' evidence (judgement provider): the peer judgement of each peer-reviewed answer."""
    rows = Submission.objects.filter(answer__in=[a.pk for a in answers]).values(
        "answer_id", "judgement", "decided_by_id", "final_score"
    )
    return {
        r["answer_id"]: {
            "peer_review": {
                **r["judgement"],
                "final_score": None if r["final_score"] is None else str(r["final_score"]),
            }
        }
        for r in rows
        if r["judgement"]
    }


def reviewed_work_of(*, reviewer, author) -> bool:
    """Whether `reviewer` wrote a review of `author`'s work and may know whose it was (a cohort that shows names):
    an anonymous reviewer is never told, not even by an "Endorse" link appearing on the author's certificate."""
    if author.pk not in names_visible_ids(user=reviewer):
        return False
    return PeerReview.objects.filter(
        reviewer=reviewer, submission__author=author, status=AssignmentStatus.DONE
    ).exists()
