from .assessment import (
    Assessment,
    AssessmentDraw,
    AssessmentItem,
    AssessmentKind,
    AssessmentPassMark,
    FeedbackTiming,
)
from .attempts import Answer, Attempt, AttemptStatus
from .offline import OfflineSubmission
from .questions import MultipleScoring, Question, QuestionCompetency, QuestionOption, QuestionType, Whitespace
from .reviews import Review
from .rubrics import Rubric, RubricCriterion, RubricLevel
from .translations import QuestionTranslation

__all__ = [
    "Answer",
    "Assessment",
    "AssessmentDraw",
    "AssessmentItem",
    "AssessmentKind",
    "AssessmentPassMark",
    "Attempt",
    "AttemptStatus",
    "FeedbackTiming",
    "MultipleScoring",
    "OfflineSubmission",
    "Question",
    "QuestionCompetency",
    "QuestionOption",
    "QuestionTranslation",
    "QuestionType",
    "Review",
    "Rubric",
    "RubricCriterion",
    "RubricLevel",
    "Whitespace",
]
