from assessments.errors import AssessmentError

__all__ = ["AssessmentError"]
