"""Django's Redis cache, keeping one client per connection pool instead of building one for every call.

Django's RedisCacheClient.get_client makes a new `redis.Redis` for each cache operation; building one fills its
table of response callbacks, which cost more than the round trip itself on a 2-core machine (a third of a
millisecond per read under load; every signed-in request reads its session from the cache). A client is only a
pool and those callbacks, so one per pool serves every call (ADR 0162). Pools and clients stay per thread, as
Django keeps a cache object per thread.
"""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient
