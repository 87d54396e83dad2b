"""A teacher's progress, stored on the server and keyed so that recording it twice changes nothing."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CompletionMethod(models.TextChoices):
    MARKED = "marked", _("Marked complete")
    REACHED_END = "reached_end", _("Reached the end")
    OFFLINE = "offline", _("Marked complete offline")


class ModuleEnrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_enrolments")
    module = models.ForeignKey("cms.ModulePage", on_delete=models.CASCADE, related_name="enrolments")
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    completed_at = models.DateTimeField(_("all lessons done"), null=True, blank=True)

    class Meta:
        verbose_name = _("module enrolment")
        verbose_name_plural = _("module enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="enrolment_unique_user_module")]

    def __str__(self) -> str:
        return f"{self.user} · {self.module}"


class LessonCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("cms.LessonPage", on_delete=models.CASCADE, related_name="completions")
    # The module the lesson belonged to when it was completed, so "My learning" needs no tree walk.
    module = models.ForeignKey("cms.ModulePage", on_delete=models.CASCADE, related_name="lesson_completions")
    method = models.CharField(_("how"), max_length=20, choices=CompletionMethod.choices)
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="completion_unique_user_lesson")]
        indexes = [
            models.Index(fields=["user", "module"], name="completion_user_module"),
            # A teacher's lessons by date: last activity, "active in a month" (cohort reports, overview trend).
            models.Index(fields=["user", "completed_at"], name="completion_user_completed"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson}"


class ReflectionNote(models.Model):
    """A teacher's private answer to a reflection prompt; block_id is the prompt's StreamField block id."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_notes")
    lesson = models.ForeignKey("cms.LessonPage", on_delete=models.CASCADE, related_name="reflection_notes")
    block_id = models.CharField(_("prompt"), max_length=64)
    text = models.TextField(_("note"), max_length=5000)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # When the teacher wrote this text (the device's clock for a note written offline): a note written earlier
    # but synced later must not overwrite a newer one.
    written_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("reflection note")
        verbose_name_plural = _("reflection notes")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="reflection_unique_user_prompt")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson} · {self.block_id}"


class OfflineEventKind(models.TextChoices):
    LESSON_COMPLETE = "lesson_complete", _("Lesson marked complete")
    REFLECTION_SAVE = "reflection_save", _("Reflection note saved")


class OfflineEventOutcome(models.TextChoices):
    APPLIED = "applied", _("Applied")
    SUPERSEDED = "superseded", _("Superseded by a newer change")


class OfflineEvent(models.Model):
    """One change a device queued while offline, recorded under the UUID the device gave it.

    The unique UUID makes a sync idempotent: a retried, replayed or duplicated event finds its row and changes
    nothing; events are never applied twice.
    """

    uuid = models.UUIDField(_("identifier"), unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="offline_events")
    kind = models.CharField(_("kind"), max_length=20, choices=OfflineEventKind.choices)
    lesson = models.ForeignKey("cms.LessonPage", on_delete=models.CASCADE, related_name="offline_events")
    block_id = models.CharField(_("prompt"), max_length=64, blank=True)
    client_at = models.DateTimeField(_("done on the device at"))
    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=OfflineEventOutcome.choices)

    class Meta:
        verbose_name = _("offline change")
        verbose_name_plural = _("offline changes")
        indexes = [models.Index(fields=["user", "received_at"], name="offline_event_user_received")]

    def __str__(self) -> str:
        return f"{self.user} · {self.kind} · {self.uuid}"
