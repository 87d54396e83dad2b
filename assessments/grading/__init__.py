"""Pure, deterministic grading: (frozen question key, response) -> fraction of the points, 0..1.

No database, no clock, no randomness: the same inputs always give the same score, so an attempt can be
re-graded and a decision explained later.
"""

from .questions import grade_response, graded_by_trainer
from .scoring import CompetencyResult, competency_results

__all__ = ["CompetencyResult", "competency_results", "grade_response", "graded_by_trainer"]
