"""Rendered verification pages, cached per typed code for anonymous visitors (ADR 0058, ADR 0116).

A cache hit answers without touching the database, known and unknown codes alike, and costs one Redis round trip
shared with the rate limiter (`lookup_limited(also_get=...)`). Entries are keyed by a digest of the code as typed
(never the code itself) and the language, and hold the page gzip-compressed once, at store time, so a hit is sent
as it is to the browsers that accept gzip (all of them); the rare client that does not gets it decompressed.

Whenever a certificate is saved (`verify_page_forget`) its entries become tombstones, now and again after commit,
each one different. A page is stored only if the entry is still the one the request read before it looked in the
database (compare-and-set): a request that read the row before a revocation committed cannot put the old page back.
A VALID page carries its expiry instant and is not served past it.
"""

import gzip
import hashlib
import os
import struct

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from redis import exceptions as redis_exceptions

from .ratelimits import redis_client

PAGE_CACHE_SECONDS = 3600
TOMBSTONE_SECONDS = 600  # far longer than a request
_PAGE, _TOMBSTONE = b"P", b"T"
_HEADER = struct.Struct("!d")  # the instant the page goes stale (a VALID page's expiry), 0 for never
# Set `key` to a new value only if it still holds the value read earlier ("" when there was none): one round trip.
_COMPARE_AND_SET = """
local current = redis.call('GET', KEYS[1])
if current == false then current = '' end
if current == ARGV[1] then return redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
return false
"""
_scripts: dict[int, object] = {}
_skippable: dict[int, bool] = {}


def verify_page_key(*, raw: str, language: str) -> str:
    return f"certificates:verify-page:{hashlib.sha256(raw.encode()).hexdigest()[:40]}:{language}"


def verify_page_entry(*, raw: str, language: str) -> bytes | None:
    """The raw entry on its own (the page reads it with the rate limiter's round trip instead)."""
    key = verify_page_key(raw=raw, language=language)
    client = redis_client()
    return cache.get(key) if client is None else client.get(cache.make_key(key))


def verify_page_read(entry: bytes | None) -> bytes | None:
    """The compressed page in the raw entry `lookup_limited(also_get=verify_page_key(...))` returned, or None
    (no entry, a tombstone, or a page past its expiry instant)."""
    if not entry or entry[:1] != _PAGE:
        return None
    (stale_at,) = _HEADER.unpack_from(entry, 1)
    if stale_at and timezone.now().timestamp() >= stale_at:
        return None
    return entry[1 + _HEADER.size :]


def verify_page_store(
    *, raw: str, language: str, html: bytes, seen: bytes | None, stale_at=None, gzipped: bytes | None = None
) -> bytes:
    """Compress the page and store it if the entry is still `seen` (what the request read before the database);
    returns the compressed bytes.

    No random padding against BREACH: the anonymous page holds no secret (no CSRF token, no session), and a page
    that would set a cookie is never stored (see verify_code).
    """
    if gzipped is None:  # `gzipped` is the same page, when it was joined from parts compressed earlier (ADR 0210)
        gzipped = gzip.compress(html, compresslevel=6, mtime=0)
    entry = _PAGE + _HEADER.pack(stale_at.timestamp() if stale_at is not None else 0.0) + gzipped
    key = verify_page_key(raw=raw, language=language)
    client = redis_client()
    if client is not None:  # raw bytes, no pickling: the rate limiter's round trip reads them back
        args = [cache.make_key(key), seen or b"", entry, PAGE_CACHE_SECONDS]
        if not _send_without_reply(client, ("EVAL", _COMPARE_AND_SET, 1, *args)):
            script = _scripts.get(id(client))
            if script is None:
                script = _scripts[id(client)] = client.register_script(_COMPARE_AND_SET)
            script(keys=args[:1], args=args[1:])
    elif seen is None:
        cache.add(key, entry, PAGE_CACHE_SECONDS)
    elif cache.get(key) == seen:  # not atomic: only development and tests run without Redis
        cache.set(key, entry, PAGE_CACHE_SECONDS)
    return gzipped


def _replies_skippable(client) -> bool:
    """Whether this Redis server honours CLIENT REPLY SKIP (Redis 3.2 and later; a proxy or an ACL may refuse it),
    asked once per process: "CLIENT REPLY SKIP, ECHO 1, ECHO 2" must answer "2" alone."""
    known = _skippable.get(id(client))
    if known is None:
        connection = client.connection_pool.get_connection()
        try:
            connection.send_packed_command(
                connection.pack_commands([("CLIENT", "REPLY", "SKIP"), ("ECHO", "1"), ("ECHO", "2")])
            )
            try:
                first = connection.read_response()
            except redis_exceptions.ResponseError:
                first = None
            known = first == b"2"
            if not known:  # drain what else was answered, so the connection goes back clean
                for _reply in range(2 if first is None else 1):
                    connection.read_response()
        except redis_exceptions.RedisError:
            connection.disconnect()
            known = False
        finally:
            client.connection_pool.release(connection)
        _skippable[id(client)] = known
    return known


def _send_without_reply(client, command: tuple) -> bool:
    """Send `command` and go on without waiting for its answer (ADR 0210): the page is stored while the visitor
    already reads it. The server runs it as usual, compare-and-set included; only its reply is skipped. Returns False
    when the server cannot skip replies (the caller then waits for it)."""
    if not _replies_skippable(client):
        return False
    connection = client.connection_pool.get_connection()
    try:
        connection.send_packed_command(connection.pack_commands([("CLIENT", "REPLY", "SKIP"), command]))
    except redis_exceptions.RedisError:
        connection.disconnect()  # the page is simply not stored; the next visit renders it again
    finally:
        client.connection_pool.release(connection)
    return True


def verify_page_respond(request, response, gzipped: bytes):
    """Send the compressed page when the client accepts gzip (GZipMiddleware leaves an encoded response alone)."""
    if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        response.content = gzipped
        response["Content-Encoding"] = "gzip"
    else:
        response.content = gzip.decompress(gzipped)
    # The same Vary as a rendered page: the body depends on the encoding, and signed-in visitors get another page.
    patch_vary_headers(response, ("Accept-Encoding", "Cookie"))
    return response


def verify_page_forget(*, code: str) -> None:
    """Replace the pages of `code` in every language by tombstones, now and again after commit: a request that read
    the row before the change committed saw another entry, so its compare-and-set cannot store the old page. The
    page's content rendered ahead of visits is rendered again too (ADR 0210)."""
    keys = [verify_page_key(raw=code, language=language) for language, _name in settings.LANGUAGES]

    def bury() -> None:
        tombstone = _TOMBSTONE + os.urandom(12)  # a different value each time
        client = redis_client()
        if client is None:
            cache.set_many(dict.fromkeys(keys, tombstone), TOMBSTONE_SECONDS)
            return
        pipe = client.pipeline(transaction=False)
        for key in keys:
            pipe.set(cache.make_key(key), tombstone, ex=TOMBSTONE_SECONDS)
        pipe.execute()

    bury()
    transaction.on_commit(bury)
    from .services.page_content import verify_content_invalidate

    verify_content_invalidate(code=code)
