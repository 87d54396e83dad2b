"""Certificate figures over a group of teachers, as expressions the database evaluates (one query per report).

The status rules are those of Certificate.status, written as filters.
"""

from datetime import datetime, timedelta

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from .models import Certificate

EXPIRING_WITHIN = timedelta(days=30)


def status_filters(*, now: datetime) -> dict[str, Q]:
    """valid / expired / revoked / expiring (valid, and ending within 30 days). Superseded ones count in none."""
    live = Q(revoked_at__isnull=True, superseded_by__isnull=True)
    valid = live & (Q(expires_at__isnull=True) | Q(expires_at__gt=now))
    return {
        "valid": valid,
        "expired": live & Q(expires_at__lte=now),
        "revoked": Q(revoked_at__isnull=False),
        "expiring": valid & Q(expires_at__lte=now + EXPIRING_WITHIN),
    }


def user_certificate_expressions(*, now: datetime) -> dict:
    """For annotating users: `certificates_<status>` = how many certificates each holds in that status."""
    expressions = {}
    for status, condition in status_filters(now=now).items():
        counted = (
            Certificate.objects.filter(condition, user=OuterRef("pk"))
            .order_by()
            .values("user")
            .annotate(n=Count("pk"))
            .values("n")
        )
        expressions[f"certificates_{status}"] = Coalesce(Subquery(counted, output_field=IntegerField()), 0)
    return expressions


def holds_valid_certificate_expression(*, now: datetime) -> Exists:
    return Exists(Certificate.objects.filter(status_filters(now=now)["valid"], user=OuterRef("pk")))


def issue_months(*, users, start: datetime, end: datetime, month_of):
    """(user_id, month) of each certificate issued to `users` in [start, end); month_of(field) numbers the months."""
    return (
        Certificate.objects.filter(user__in=users, issued_at__gte=start, issued_at__lt=end)
        .order_by()
        .annotate(month=month_of("issued_at"))
        .values("user_id", "month")
    )
