"""Actions counted per account (posts, reports; ADR 0191): django-ratelimit on the shared cache, every rate of a
comma-separated setting counted, any one over refuses. One home for discussion, peer review and the portfolio,
which cannot import each other."""

from django.conf import settings
from django_ratelimit.core import is_ratelimited


def account_too_often(request, *, group: str, setting: str, default: str) -> bool:
    """True when this account did `group` too often under any rate of `setting` (e.g. "6/m,60/h")."""
    rates = [r.strip() for r in getattr(settings, setting, default).split(",") if r.strip()]
    limited = False
    for rate in rates:
        counted = is_ratelimited(request, group=f"{group}.{rate}", key="user", rate=rate, method="POST", increment=True)
        limited |= counted
    return limited


def reporting_too_often(request, *, app: str, setting: str, default: str = "20/h") -> bool:
    return account_too_often(request, group=f"{app}.report", setting=setting, default=default)
