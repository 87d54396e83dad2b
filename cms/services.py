"""Writes for the learning flow. Every write is keyed by something unique, so retries change nothing."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import CompletionMethod, LessonCompletion, LessonPage, ModuleEnrolment, ModulePage, ReflectionNote

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


def reflection_save(*, user, lesson: LessonPage, block_id: str, text: str) -> ReflectionNote | None:
    """Save (or clear, when empty) the teacher's private note for one reflection prompt of the lesson."""
    if not any(block.block_type == "reflection" and block.id == block_id for block in lesson.body):
        raise ValidationError(_("This reflection prompt is not part of the lesson."))
    # PostgreSQL refuses NUL in text; a pasted or hand-made NUL must not cost the teacher the note.
    text = text.replace("\x00", "").strip()
    if len(text) > REFLECTION_MAX:
        raise ValidationError(
            _("Your note is too long: %(n)d characters, at most %(max)d.") % {"n": len(text), "max": REFLECTION_MAX}
        )
    if not text:
        ReflectionNote.objects.filter(user=user, lesson=lesson, block_id=block_id).delete()
        return None
    keys = {"user": user, "lesson": lesson, "block_id": block_id}
    try:
        with transaction.atomic():
            note, _created = ReflectionNote.objects.update_or_create(defaults={"text": text}, **keys)
    except IntegrityError:  # a parallel save created the row first: overwrite it with this text
        ReflectionNote.objects.filter(**keys).update(text=text, updated_at=timezone.now())
        note = ReflectionNote.objects.get(**keys)
    return note
