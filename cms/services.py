"""Writes for the learning flow. Every write is keyed by something unique, so retries change nothing."""

import uuid as uuid_module
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    CompletionMethod,
    LessonCompletion,
    LessonPage,
    ModuleEnrolment,
    ModulePage,
    OfflineEvent,
    OfflineEventKind,
    OfflineEventOutcome,
    ReflectionNote,
)

REFLECTION_MAX = 5000


def _get_or_create(model, *, defaults: dict | None = None, **keys):
    """get_or_create that survives two requests racing past the SELECT: the loser reads the winner's row."""
    try:
        with transaction.atomic():
            return model.objects.get_or_create(defaults=defaults or {}, **keys)
    except IntegrityError:
        return model.objects.get(**keys), False


def _module_of(lesson: LessonPage) -> ModulePage:
    module = lesson.get_parent().specific
    if not isinstance(module, ModulePage):
        raise ValidationError(_("This lesson does not belong to a module."))
    return module


def module_start(*, user, module: ModulePage) -> ModuleEnrolment:
    enrolment, _created = _get_or_create(ModuleEnrolment, user=user, module=module)
    return enrolment


def lesson_complete(
    *, user, lesson: LessonPage, method: str = CompletionMethod.MARKED
) -> tuple[LessonCompletion, bool]:
    """Record that the teacher finished the lesson. Returns (completion, created); a repeat returns the first."""
    if not lesson.live:
        raise ValidationError(_("This lesson is not published."))
    module = _module_of(lesson)
    with transaction.atomic():
        enrolment = module_start(user=user, module=module)
        completion, created = _get_or_create(
            LessonCompletion, user=user, lesson=lesson, defaults={"module": module, "method": method}
        )
        if created and enrolment.completed_at is None:
            total = LessonPage.objects.live().child_of(module).count()
            done = LessonCompletion.objects.filter(user=user, module=module, lesson__live=True).count()
            if total and done >= total:
                ModuleEnrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
                    completed_at=timezone.now()
                )
    return completion, created


def reflection_save(
    *, user, lesson: LessonPage, block_id: str, text: str, written_at: datetime | None = None
) -> ReflectionNote | None:
    """Save (or clear, when empty) the teacher's private note for one reflection prompt of the lesson.

    `written_at` is when the teacher wrote it (the device's clock for a note written offline); a note already
    stored with a later `written_at` is kept, so an old note synced late never overwrites a newer one.
    """
    note, _applied = _reflection_write(user=user, lesson=lesson, block_id=block_id, text=text, written_at=written_at)
    return note


def _reflection_write(*, user, lesson, block_id, text, written_at) -> tuple[ReflectionNote | None, bool]:
    if not any(block.block_type == "reflection" and block.id == block_id for block in lesson.body):
        raise ValidationError(_("This reflection prompt is not part of the lesson."))
    # PostgreSQL refuses NUL in text; a pasted or hand-made NUL must not cost the teacher the note.
    text = text.replace("\x00", "").strip()
    if len(text) > REFLECTION_MAX:
        raise ValidationError(
            _("Your note is too long: %(n)d characters, at most %(max)d.") % {"n": len(text), "max": REFLECTION_MAX}
        )
    now = timezone.now()
    written_at = min(written_at or now, now)  # a device clock ahead of ours must not pin the note forever
    keys = {"user": user, "lesson": lesson, "block_id": block_id}
    with transaction.atomic():
        current = ReflectionNote.objects.select_for_update().filter(**keys).first()
        if current is not None and current.written_at > written_at:
            return current, False
        if not text:
            ReflectionNote.objects.filter(**keys).delete()
            return None, True
        if current is not None:
            current.text, current.written_at = text, written_at
            current.save(update_fields=["text", "written_at", "updated_at"])
            return current, True
        try:
            with transaction.atomic():
                return ReflectionNote.objects.create(text=text, written_at=written_at, **keys), True
        except IntegrityError:  # a parallel save created the row first: overwrite it with this text
            ReflectionNote.objects.filter(**keys).update(text=text, written_at=written_at, updated_at=now)
            return ReflectionNote.objects.get(**keys), True


@dataclass(frozen=True)
class OfflineEventInput:
    """One change queued on a device, already checked for shape (cms.offline_sync parses the JSON)."""

    uuid: uuid_module.UUID
    kind: str
    lesson_id: int
    client_at: datetime
    block_id: str = ""
    text: str = ""


@dataclass(frozen=True)
class OfflineEventResult:
    id: str
    status: str  # applied | superseded | duplicate | rejected
    reason: str = ""


def offline_event_apply(*, user, event: OfflineEventInput) -> OfflineEventResult:
    """Apply one queued change exactly once, keyed by the UUID the device gave it.

    A UUID seen before answers "duplicate" and changes nothing (retries, replays, a second tab syncing the same
    queue). A change the server refuses (lesson unpublished, prompt removed, note too long) is not recorded and
    answers "rejected" with the reason: it can never succeed, so the device drops it and tells the teacher.
    """
    key = str(event.uuid)
    try:
        with transaction.atomic():
            seen = OfflineEvent.objects.filter(uuid=event.uuid).values_list("user_id", flat=True).first()
            if seen is not None:
                if seen != user.pk:
                    return OfflineEventResult(key, "rejected", _("This change belongs to another account."))
                return OfflineEventResult(key, "duplicate")
            lesson = LessonPage.objects.live().filter(id=event.lesson_id).first()
            if lesson is None:
                return OfflineEventResult(key, "rejected", _("This lesson is no longer published."))
            if event.kind == OfflineEventKind.LESSON_COMPLETE:
                lesson_complete(user=user, lesson=lesson, method=CompletionMethod.OFFLINE)
                applied = True
            else:
                _note, applied = _reflection_write(
                    user=user, lesson=lesson, block_id=event.block_id, text=event.text, written_at=event.client_at
                )
            # Inserted last, in the same transaction: a racing copy of this event blocks here until the first
            # commits, then fails the unique constraint and rolls back its own (identical) writes.
            OfflineEvent.objects.create(
                uuid=event.uuid,
                user=user,
                kind=event.kind,
                lesson=lesson,
                block_id=event.block_id,
                client_at=min(event.client_at, timezone.now()),
                outcome=OfflineEventOutcome.APPLIED if applied else OfflineEventOutcome.SUPERSEDED,
            )
    except IntegrityError:
        return OfflineEventResult(key, "duplicate")
    except ValidationError as exc:
        return OfflineEventResult(key, "rejected", " ".join(exc.messages))
    return OfflineEventResult(key, "applied" if applied else "superseded")
