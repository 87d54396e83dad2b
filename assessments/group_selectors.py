"""Assessment figures over a group of teachers, as expressions for one query per report."""

from django.db.models import Count, Exists, IntegerField, Max, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from .models import Answer, Assessment, Attempt


def user_pending_reviews_expression():
    """For annotating users: answers waiting for a trainer's rubric grading."""
    counted = (
        Answer.objects.filter(attempt__user=OuterRef("pk"), needs_review=True)
        .order_by()
        .values("attempt__user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def user_last_attempt_expression():
    return Subquery(
        Attempt.objects.filter(user=OuterRef("pk"))
        .order_by()
        .values("user")
        .annotate(last=Max("started_at"))
        .values("last")
    )


def attempt_in_range_expression(*, start, end) -> Exists:
    return Exists(Attempt.objects.filter(user=OuterRef("pk"), started_at__gte=start, started_at__lt=end))


def user_attempted_expression(*, assessment_ids, passed: bool = False) -> Exists:
    """For annotating users: attempted any of the assessments (with passed: passed a graded attempt of one)."""
    attempts = Attempt.objects.filter(user=OuterRef("pk"), assessment_id__in=assessment_ids)
    if passed:
        attempts = attempts.filter(status="graded", passed=True)
    return Exists(attempts)


def attempt_months(*, users: QuerySet, start, end, month_of) -> QuerySet:
    """(user_id, month) of each attempt `users` started in [start, end); month_of(field) numbers the months."""
    return (
        Attempt.objects.filter(user__in=users, started_at__gte=start, started_at__lt=end)
        .order_by()
        .annotate(month=month_of("started_at"))
        .values("user_id", "month")
    )


def assessments_attempted(*, users: QuerySet) -> list[Assessment]:
    """Assessments with at least one graded attempt by `users` (what item analysis can be run on)."""
    return list(
        Assessment.objects.filter(pk__in=Attempt.objects.filter(user__in=users, status="graded").values("assessment"))
        .order_by("title")
        .distinct()
    )
