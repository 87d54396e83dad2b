"""One rate limit per client IP shared by every lookup (page, API, PDF, upload): codes cannot be enumerated."""

from django.conf import settings
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

GROUP = "certificates.lookup"


def _rate(group, request) -> str:
    return getattr(settings, "CERTIFICATE_LOOKUP_RATE", "30/m")


def lookup_limited(request) -> bool:
    """Count this request and say whether the client is over the limit."""
    return is_ratelimited(request, group=GROUP, key="ip", rate=_rate, method=ALL, increment=True)
