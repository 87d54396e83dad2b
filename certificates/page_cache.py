"""Rendered verification pages, cached per typed code for anonymous visitors (ADR 0058).

A cache hit answers without touching the database, known and unknown codes alike. Entries are keyed by a digest of
the code as typed (never the code itself) and the language. A certificate's entries are dropped whenever it is
saved or leaves force (`verify_page_forget`), and a VALID page carries its expiry instant so it is never served
past it.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

PAGE_CACHE_SECONDS = 3600


def _key(*, raw: str, language: str) -> str:
    return f"certificates:verify-page:{hashlib.sha256(raw.encode()).hexdigest()[:40]}:{language}"


def verify_page_cached(*, raw: str, language: str) -> bytes | None:
    entry = cache.get(_key(raw=raw, language=language))
    if entry is None:
        return None
    html, stale_at = entry
    if stale_at is not None and timezone.now().timestamp() >= stale_at:
        return None
    return html


def verify_page_store(*, raw: str, language: str, html: bytes, stale_at=None) -> None:
    entry = (html, stale_at.timestamp() if stale_at is not None else None)
    cache.set(_key(raw=raw, language=language), entry, PAGE_CACHE_SECONDS)


def verify_page_forget(*, code: str) -> None:
    """Drop the pages of `code` in every language, now and again after commit (a request racing the commit may
    have cached the old page in between)."""
    keys = [_key(raw=code, language=language) for language, _name in settings.LANGUAGES]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
