"""What peer review holds about a person (privacy.registry, ADR 0151): reviews written and received, calibrations,
self-assessments.

Erasure deletes the person's calibrations and their own submissions (with the reviews of them); the reviews they
wrote of others' work stay, because others' grades rest on them, with the reviewer's link removed (pseudonymised)."""

from .models import Calibration, FeedbackReport, PeerReview, Submission


def export(*, user) -> dict[str, list[dict]]:
    return {
        "peer_reviews_written": list(
            PeerReview.objects.filter(reviewer=user).values(
                "submission__setting__question__title", "status", "assigned_at", "completed_at", "score", "feedback"
            )
        ),
        # What peers wrote of the person's work, without naming them (reviews are anonymous).
        "peer_reviews_received": list(
            PeerReview.objects.filter(author=user, status="done").values(
                "submission__setting__question__title", "completed_at", "score", "feedback"
            )
        ),
        "peer_submissions": list(
            Submission.objects.filter(author=user).values(
                "setting__question__title", "status", "final_score", "self_score", "self_feedback", "created_at"
            )
        ),
        "peer_calibrations": list(
            Calibration.objects.filter(reviewer=user).values(
                "setting__question__title", "score", "weight", "created_at"
            )
        ),
        # Feedback the person reported (issue 18), without the reviewer.
        "peer_feedback_reports": list(
            FeedbackReport.objects.filter(reporter=user).values(
                "review__submission__setting__question__title", "note", "created_at", "resolved_at", "hidden"
            )
        ),
    }


def erase(*, user) -> dict[str, int]:
    # As discussion's reports: the free-text note is blanked (it may name others and serves nobody once decided).
    report_notes = FeedbackReport.objects.filter(reporter=user).exclude(note="").update(note="")
    calibrations = Calibration.objects.filter(reviewer=user).delete()[0]
    submissions = Submission.objects.filter(author=user).delete()[0]
    # Reviews still owed are released at once (they go to another peer), not left waiting for the set time.
    PeerReview.objects.filter(reviewer=user, status="assigned").update(status="expired")
    written = PeerReview.objects.filter(reviewer=user).update(reviewer=None)
    return {
        "peer_calibrations": calibrations,
        "peer_submissions_removed": submissions,
        "peer_reviews_pseudonymised": written,
        "peer_feedback_report_notes_blanked": report_notes,
    }
