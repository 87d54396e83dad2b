"""Writes of peer review (ADR 0195). Reads are in selectors."""

from .assignment import calibration_record, review_assign_next, reviews_reassign_overdue, submissions_collect
from .errors import PeerReviewError
from .grading import review_submit, self_assess, submission_settle, trainer_decide
from .moderation import can_moderate_feedback, feedback_hide, feedback_report

__all__ = [
    "PeerReviewError",
    "calibration_record",
    "can_moderate_feedback",
    "feedback_hide",
    "feedback_report",
    "review_assign_next",
    "review_submit",
    "reviews_reassign_overdue",
    "self_assess",
    "submission_settle",
    "submissions_collect",
    "trainer_decide",
]
