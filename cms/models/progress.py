"""A teacher's progress, stored on the server and keyed so that recording it twice changes nothing."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CompletionMethod(models.TextChoices):
    MARKED = "marked", _("Marked complete")
    REACHED_END = "reached_end", _("Reached the end")


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
        indexes = [models.Index(fields=["user", "module"], name="completion_user_module")]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson}"


class ReflectionNote(models.Model):
    """A teacher's private answer to a reflection prompt; block_id is the prompt's StreamField block id."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_notes")
    lesson = models.ForeignKey("cms.LessonPage", on_delete=models.CASCADE, related_name="reflection_notes")
    block_id = models.CharField(_("prompt"), max_length=64)
    text = models.TextField(_("note"), max_length=5000)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("reflection note")
        verbose_name_plural = _("reflection notes")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="reflection_unique_user_prompt")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson} · {self.block_id}"
