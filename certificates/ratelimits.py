"""One rate limit per client IP shared by every lookup (page, API, PDF, upload): codes cannot be enumerated.

A fixed window of CERTIFICATE_LOOKUP_RATE (e.g. "30/m"): a client's lookups are counted per window and the
lookup that makes the count exceed the limit, and every one after it in that window, is refused — the rule
django-ratelimit applies. On Redis the count costs one round trip, in which the verification page also reads its
cached copy (ADR 0116); on any other cache django-ratelimit counts it.
"""

import re
import time

from django.conf import settings
from django.core.cache import cache
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

from common.client_ip import client_ip

GROUP = "certificates.lookup"
_RATE = re.compile(r"^(\d+)/(\d*)([smhd])$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_clients: dict[str, object] = {}
# Count the lookup in its window (the key lives one period and a second) and read the second key if there is one:
# one command, so one reply to parse rather than a pipeline's three.
_COUNT_AND_GET = """
redis.call('SET', KEYS[1], 0, 'EX', ARGV[1], 'NX')
local count = redis.call('INCR', KEYS[1])
if KEYS[2] then return {count, redis.call('GET', KEYS[2])} end
return {count}
"""
_count_scripts: dict[int, object] = {}


def _rate(group, request) -> str:
    return getattr(settings, "CERTIFICATE_LOOKUP_RATE", "30/m")


def _limit_and_period() -> tuple[int, int]:
    found = _RATE.match(_rate(GROUP, None))
    if found is None:
        raise ValueError(f"CERTIFICATE_LOOKUP_RATE is not like 30/m: {_rate(GROUP, None)!r}")
    count, multiple, unit = found.groups()
    return int(count), int(multiple or 1) * _SECONDS[unit]


def redis_client():
    """This process's client of the cache's Redis server, or None when the cache is not Redis.

    Django's RedisCache builds a client object for every call (a third of a millisecond on a busy machine); one per
    process keeps the round trip the only cost. Keys go through `cache.make_key`, so the cache's prefix and version
    apply and `cache.delete_many` drops what is written here.
    """
    config = settings.CACHES["default"]
    if config["BACKEND"] not in ("common.redis_cache.RedisCache", "django.core.cache.backends.redis.RedisCache"):
        return None
    location = config["LOCATION"]
    location = (location.split(",") if isinstance(location, str) else location)[0]  # the first server takes writes
    client = _clients.get(location)
    if client is None:
        import redis

        client = _clients[location] = redis.Redis.from_url(location)
    return client


def lookup_limited(request, *, also_get: str | None = None):
    """Count this request and say whether the client is over the limit.

    With `also_get` (a cache key), returns (limited, the raw cached bytes or None), both from one Redis round trip.
    """
    client = redis_client()
    if client is None:
        limited = is_ratelimited(request, group=GROUP, key="ip", rate=_rate, method=ALL, increment=True)
        return limited if also_get is None else (limited, cache.get(also_get))
    limit, period = _limit_and_period()
    now = int(time.time())
    window = now - now % period
    key = cache.make_key(f"{GROUP}:{client_ip(request)}:{period}:{window}")
    script = _count_scripts.get(id(client))
    if script is None:
        script = _count_scripts[id(client)] = client.register_script(_COUNT_AND_GET)
    keys = [key] if also_get is None else [key, cache.make_key(also_get)]
    answers = script(keys=keys, args=[period + 1])
    limited = answers[0] > limit
    return limited if also_get is None else (limited, answers[1] or None)
