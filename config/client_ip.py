"""The client's address as the rate limiter should count it, behind as many reverse proxies as we trust."""

import ipaddress

from django.conf import settings


def client_ip(request) -> str:
    """With N trusted proxies, the Nth address from the right of X-Forwarded-For is the one our nearest proxy saw.

    Entries further left were written by the client and cannot be trusted: taking them would let anyone dodge
    the lookup rate limit by sending a made-up header. Without proxies, or with a header that is missing or
    malformed, REMOTE_ADDR (the proxy's or the client's own address) counts.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    if proxies <= 0:
        return remote
    hops = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(hops) < proxies:
        return remote
    candidate = hops[-proxies]
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return remote
    return candidate
