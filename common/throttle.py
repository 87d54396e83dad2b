"""Reports counted per account (issue 18), as discussion's (ADR 0191): django-ratelimit on the shared cache, every
rate of a comma-separated setting counted, any one over refuses. For the apps that cannot import each other."""

from django.conf import settings
from django_ratelimit.core import is_ratelimited


def reporting_too_often(request, *, app: str, setting: str, default: str = "20/h") -> bool:
    rates = [r.strip() for r in getattr(settings, setting, default).split(",") if r.strip()]
    limited = False
    for rate in rates:
        group = f"{app}.report.{rate}"
        limited |= is_ratelimited(request, group=group, key="user", rate=rate, method="POST", increment=True)
    return limited
