from .attempts import (
    SaveResult,
    attempt_answer_save,
    attempt_can_start,
    attempt_close_if_expired,
    attempt_expired,
    attempt_start,
    attempt_submit,
    attempts_close_expired,
)
from .errors import AssessmentError
from .grading import SOURCE_TYPE, attempt_grade
from .reviews import review_record
from .snapshot import attempt_snapshot_build, question_public

__all__ = [
    "SOURCE_TYPE",
    "AssessmentError",
    "SaveResult",
    "attempt_answer_save",
    "attempt_can_start",
    "attempt_close_if_expired",
    "attempt_expired",
    "attempt_grade",
    "attempt_snapshot_build",
    "attempt_start",
    "attempt_submit",
    "attempts_close_expired",
    "question_public",
    "review_record",
]
