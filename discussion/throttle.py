"""Flooding: posts and reports counted per account (django-ratelimit on the shared cache), ADR 0191."""

from django.conf import settings
from django_ratelimit.core import is_ratelimited


def _rates(name: str, default: str) -> list[str]:
    return [r.strip() for r in getattr(settings, name, default).split(",") if r.strip()]


def flooding(request, *, what: str) -> bool:
    """True when this account posted (or reported) too often: every rate is counted, any one over refuses."""
    rates = _rates("DISCUSSION_POST_RATE", "6/m,60/h") if what == "post" else _rates("DISCUSSION_REPORT_RATE", "20/h")
    limited = False
    for rate in rates:
        group = f"discussion.{what}.{rate}"
        limited |= is_ratelimited(request, group=group, key="user", rate=rate, method="POST", increment=True)
    return limited
