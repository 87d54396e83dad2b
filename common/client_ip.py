"""The client's address as the rate limiter should count it, behind as many reverse proxies as we trust."""

import ipaddress

from django.conf import settings

# Counted for a request with no usable REMOTE_ADDR (a unix-socket server, a test transport): such requests share
# one limit rather than crashing the rate limiter, which needs an address.
NO_ADDRESS = "0.0.0.0"


def _address(text: str) -> str | None:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return None
    return text


def client_ip(request) -> str:
    """With N trusted proxies, the Nth address from the right of X-Forwarded-For is the one our nearest proxy saw.

    Entries further left were written by the client and cannot be trusted: taking them would let anyone dodge
    the lookup rate limit by sending a made-up header. Without proxies, or with a header that is missing or
    malformed, REMOTE_ADDR (the proxy's or the client's own address) counts.
    """
    remote = _address(request.META.get("REMOTE_ADDR") or "") or NO_ADDRESS
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    if proxies <= 0:
        return remote
    hops = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(hops) < proxies:
        return remote
    return _address(hops[-proxies]) or remote
