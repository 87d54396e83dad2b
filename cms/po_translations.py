"""Page translations to and from PO files, keyed by the source text (msgid) alone.

wagtail-localize's own PO export keys entries by a context naming StreamField block ids, which differ in every
database the demo is loaded into; shipped PO files therefore match on the English text only. A segment whose
text has changed since the PO file was written simply stays untranslated (the original shows), so the English
can be rewritten at any time without breaking a load. Translations go through wagtail-localize's own tables
(TranslationSource, Translation, StringTranslation), so trainers keep editing them segment by segment.
"""

import re
from dataclasses import dataclass, field

import polib
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

TOOL_NAME = "PO file"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass
class PoApplyResult:
    page: Page
    applied: int = 0  # segments whose translation was created or changed
    matched: int = 0  # segments the PO file translates
    total: int = 0  # string segments of the page
    missing: list[str] = field(default_factory=list)  # source texts the PO file does not translate


def _entries(po: polib.POFile) -> dict[str, str]:
    return {e.msgid: e.msgstr for e in po if e.msgstr and not e.obsolete and "fuzzy" not in e.flags}


@transaction.atomic
def page_translation_apply_po(*, page: Page, locale: Locale, po: polib.POFile, publish: bool = True) -> PoApplyResult:
    """Create or update `page`'s translation into `locale` from `po`; segments it lacks stay untranslated.

    Idempotent: a translation edited by a person in the translation editor (`last_translated_by` set) is never
    overwritten, and when nothing changed and the translated page exists, no new revision is made.
    """
    page = page.specific
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    entries = _entries(po)
    result = PoApplyResult(page=page)
    now = timezone.now()
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order"):
        result.total += 1
        msgstr = entries.get(segment.string.data)
        if not msgstr:
            result.missing.append(segment.string.data)
            continue
        result.matched += 1
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing is None:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=msgstr,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                tool_name=TOOL_NAME,
                updated_at=now,
            )
            result.applied += 1
        elif existing.last_translated_by_id is None and existing.data != msgstr:
            existing.data, existing.tool_name, existing.updated_at, existing.has_error = msgstr, TOOL_NAME, now, False
            existing.save()
            result.applied += 1
    target_exists = page.get_translations().filter(locale=locale).exists()
    if result.applied or created or not target_exists:
        # wagtail-localize publishes on commit; publishing here keeps a load all-or-nothing and visible at once.
        translation.save_target(publish=False)
        if publish:
            target = page.get_translation(locale)
            target.get_latest_revision().publish()
    return result


def _readable_path(page: Page, path: str) -> str:
    """body.<block id>.steps.<item id> → body.3:activity.steps.2, so a translator knows where a text sits."""
    positions: dict[str, str] = {}
    for stream_field in ("body",):
        value = getattr(page, stream_field, None)
        for n, block in enumerate(value or [], start=1):
            positions[block.id] = f"{n}:{block.block_type}"
    parts = []
    for part in path.split("."):
        parts.append(positions.get(part, "item" if _UUID.match(part) else part))
    return ".".join(parts)


def page_po_entries(*, page: Page) -> list[tuple[str, str]]:
    """(source text, where it sits) for every string segment of `page`, in reading order."""
    page = page.specific
    out = []
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            out.append((segment.string.data, f"{page.slug}: {_readable_path(page, segment.path)}"))
    return out


def po_template_build(*, pages: list[Page], language: str, existing: polib.POFile | None = None) -> polib.POFile:
    """A PO file with every source text of `pages` (one entry per distinct text), existing msgstr kept.

    Entries of `existing` whose text is no longer in the pages are kept as obsolete, so a rewritten paragraph's
    old translation is still at hand for the translator.
    """
    kept = {e.msgid: e for e in existing} if existing is not None else {}
    po = polib.POFile(wrapwidth=0)
    po.header = existing.header if existing is not None else ""
    po.metadata = {
        **(existing.metadata if existing is not None else {}),
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    by_msgid: dict[str, polib.POEntry] = {}
    for page in pages:
        for text, where in page_po_entries(page=page):
            entry = by_msgid.get(text)
            if entry is None:
                old = kept.get(text)
                entry = polib.POEntry(
                    msgid=text,
                    msgstr=old.msgstr if old is not None else "",
                    flags=list(old.flags) if old is not None else [],
                    tcomment=old.tcomment if old is not None else "",
                )
                by_msgid[text] = entry
                po.append(entry)
            entry.occurrences.append((where, ""))
    for msgid, old in kept.items():
        if msgid not in by_msgid and old.msgstr:
            old.obsolete = True
            old.occurrences = []
            po.append(old)
    return po
