"""The verification page's content rendered when a certificate changes, not when it is visited (ADR 0210).

A first visit of a code then reads the page's content with the certificate's status in one query, and renders
nothing but the join with the frame (certificates/page_frame.py). Rendering the content took about three quarters
of a millisecond per visit, more than four "hello" requests (ADR 0130).

- Every change the page shows calls `verify_content_invalidate` in its transaction (through `verify_page_forget`):
  the certificate's `page_version` goes up, so content rendered before is never used again, and the content is
  rendered anew once the change is committed.
- `verify_content_render` locks the certificate's row first, so a change racing it either committed before (and is
  read) or raises the version after (and renders again).
- `verify_contents_refresh` (every five minutes, a window of the table each time) and `manage.py
  verify_pages_render` (`verify_contents_render_all`, the whole table once) render what is missing: content of an
  earlier generation after a deploy, content whose shown status lapsed, a render that failed.
"""

import functools
import hashlib
import logging
from pathlib import Path

import django
from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models import Count, F, Max, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.dispatch import receiver
from django.template.loader import get_template
from django.utils import timezone, translation

from common.gzip_join import deflate_segment

from ..models import Certificate, CertificateStatus, VerifyPageContent
from ..page_frame import verify_body_render, verify_context
from ..selectors import certificate_lookup

logger = logging.getLogger(__name__)

# Raise it when code that shapes the content changes in a way the files hashed below do not show.
CONTENT_FORMAT = "1"
_TEMPLATES = (
    "certificates/_verify_body.html",
    "certificates/_details.html",
    "certificates/_history.html",
    "certificates/_endorsements.html",
)
# The code the content's text comes from, beside the templates: tags and filters, statuses, the context.
_SOURCES = ("*/templatetags/*.py", "certificates/models*.py", "certificates/page_frame.py", "certificates/codes.py")


@functools.cache
def verify_content_generation() -> str:
    """What the content was rendered by: its templates, the tags and models behind them, the catalogues and the
    settings they read. Content of another generation (the code before a deploy) is not used."""
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256(f"{CONTENT_FORMAT}|{django.get_version()}".encode())
    digest.update(repr((settings.LANGUAGES, settings.TIME_ZONE, settings.USE_TZ, settings.FORCE_SCRIPT_NAME)).encode())
    files = [Path(get_template(name).origin.name) for name in _TEMPLATES]
    files += sorted(path for pattern in _SOURCES for path in root.glob(pattern))
    files += sorted(path for folder in settings.LOCALE_PATHS for path in Path(folder).glob("*/LC_MESSAGES/*.mo"))
    for path in files:
        digest.update(str(path.relative_to(root) if path.is_relative_to(root) else path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@receiver(setting_changed)
def _forget_generation(**kwargs) -> None:
    verify_content_generation.cache_clear()


def _stale_at(lookup) -> object:
    """When a status the page shows lapses: the certificate's expiry, or a listed certificate's, while valid."""
    shown = (lookup.certificate, *lookup.others)
    expiries = [c.expires_at for c in shown if c.status == CertificateStatus.VALID and c.expires_at is not None]
    return min(expiries, default=None)


def verify_content_render(*, code: str) -> bool:
    """Render the content of certificate `code` in every language, unless it is fresh. Returns whether it did."""
    generation = verify_content_generation()
    languages = [language for language, _name in settings.LANGUAGES]
    with transaction.atomic():
        # The row lock first: a change committed before it is read below; one after it raises the version again.
        row = Certificate.objects.select_for_update().filter(code=code).values("id", "page_version").first()
        if row is None:
            return False
        now = timezone.now()
        fresh = VerifyPageContent.objects.filter(
            Q(stale_at__isnull=True) | Q(stale_at__gt=now),
            certificate_id=row["id"],
            generation=generation,
            version=row["page_version"],
            language__in=languages,
        )
        if fresh.count() == len(languages):
            return False
        lookup = certificate_lookup(raw=code, whole=True)
        context = verify_context(lookup=lookup)
        status, stale_at = lookup.certificate.status, _stale_at(lookup)
        contents = []
        for language in languages:
            with translation.override(language):
                body = verify_body_render(context)
            contents.append(
                VerifyPageContent(
                    certificate_id=row["id"],
                    language=language,
                    generation=generation,
                    version=row["page_version"],
                    status=status,
                    stale_at=stale_at,
                    body=deflate_segment(body.encode()),
                    rendered_at=now,
                )
            )
        VerifyPageContent.objects.bulk_create(
            contents,
            update_conflicts=True,
            unique_fields=["certificate", "language"],
            update_fields=["generation", "version", "status", "stale_at", "body", "rendered_at"],
        )
    return True


def _render_quietly(code: str) -> None:
    try:
        verify_content_render(code=code)
    except Exception:  # a cache: a failed render leaves the page rendered as it is visited, never a failed change
        logger.exception("The verification page content of %s was not rendered; the sweep will try again.", code)


def verify_content_invalidate(*, code: str) -> None:
    """In the transaction of a change the page of `code` shows: content rendered before is no longer used, and the
    content is rendered again once the change is committed."""
    Certificate.objects.filter(code=code).update(page_version=F("page_version") + 1)
    transaction.on_commit(functools.partial(_render_quietly, code))


# Certificate ids a sweep looks through: a bounded query (0.1 to 0.8 s at a million certificates, as the content's
# pages are cached or not), so a million are looked through in 50 sweeps (four hours) rather than all every five
# minutes (3 to 27 s each).
SWEEP_WINDOW = 20_000
_SWEEP_POSITION = "certificates:verify-contents-sweep"


def _stale(*, limit: int, below_id: int | None, from_id: int = 0) -> list[tuple[int, str]]:
    """Codes of up to `limit` certificates without fresh content in every language, with `from_id` <= id <
    `below_id`, newest first."""
    languages = [language for language, _name in settings.LANGUAGES]
    fresh = (
        VerifyPageContent.objects.filter(
            Q(stale_at__isnull=True) | Q(stale_at__gt=timezone.now()),
            certificate=OuterRef("pk"),
            generation=verify_content_generation(),
            version=OuterRef("page_version"),
            language__in=languages,
        )
        .order_by()
        .values("certificate")
        .annotate(n=Count("id"))
        .values("n")
    )
    window = Certificate.objects.filter(id__gte=from_id)
    if below_id is not None:
        window = window.filter(id__lt=below_id)
    stale = window.annotate(fresh=Coalesce(Subquery(fresh), 0)).filter(fresh__lt=len(languages))
    return list(stale.order_by("-id").values_list("id", "code")[:limit])


def _id_range() -> tuple[int | None, int | None]:
    """The lowest and highest certificate id (None, None without certificates): what the sweep and the queued
    tasks divide into windows."""
    ids = Certificate.objects.aggregate(low=Min("id"), high=Max("id"))
    return ids["low"], ids["high"]


def verify_contents_render_all(
    *, batch: int = 500, progress=None, from_id: int = 0, below_id: int | None = None
) -> int:
    """Render the content of every certificate (with `from_id` <= id < `below_id`) that has none up to date,
    newest first, `batch` per query, each query starting below the last certificate seen (after a deploy: once
    through the table, not once per batch). `progress(total)` hears of each batch. Returns how many were rendered."""
    total = 0
    while rows := _stale(limit=batch, below_id=below_id, from_id=from_id):
        total += sum(verify_content_render(code=code) for _id, code in rows)
        below_id = rows[-1][0]
        if progress is not None:
            progress(total)
    return total


# Certificate ids per task when the task workers share the rendering: about 30 s of a worker (6 ms a certificate),
# well inside the task timeout (Q_CLUSTER["timeout"]: 120 s); a task cut short is retried and skips what is fresh.
QUEUE_CHUNK = 5_000


def verify_contents_queue(*, chunk: int = QUEUE_CHUNK) -> int:
    """Hand the rendering to the task workers, every host's workers taking a share: one task per `chunk` certificate
    ids, the newest first. Returns how many tasks were queued."""
    from django_q.tasks import async_task

    low, high = _id_range()
    if high is None:
        return 0
    queued, below = 0, high + 1
    while below > low:
        start = max(below - chunk, low)
        async_task("certificates.tasks.verify_contents_render_range_task", start, below)
        queued, below = queued + 1, start
    return queued


def verify_contents_refresh(*, limit: int = 500, window: int = SWEEP_WINDOW) -> int:
    """The periodic sweep: render up to `limit` certificates without fresh content among the next `window` ids
    below where the previous sweep stopped, newest first, starting again from the newest after the oldest.
    Returns how many were rendered."""
    low, high = _id_range()
    if high is None:
        return 0
    top = cache.get(_SWEEP_POSITION) or high + 1
    bottom = max(top - window, low)
    rows = _stale(limit=limit, below_id=top, from_id=bottom)
    # Stopped by `limit`: the next sweep goes on below the last certificate rendered, else below the window; past
    # the oldest certificate, from the newest again.
    stop = rows[-1][0] if len(rows) == limit else bottom
    cache.set(_SWEEP_POSITION, stop if stop > low else None, None)
    return sum(verify_content_render(code=code) for _id, code in rows)
