"""Events that assessments emits; apps above it subscribe (lti sends scores back to an LMS), assessments imports
none of them.

attempt_graded: sent after the transaction that graded an attempt commits (automatic grading, or the last trainer
review that completes it). kwargs: attempt (Attempt, status graded, score in percent).
"""

from django.dispatch import Signal

attempt_graded = Signal()
