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
from .uploads import essay_upload_check, essay_upload_max_bytes

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
    "essay_upload_check",
    "essay_upload_max_bytes",
    "question_public",
    "review_record",
]
