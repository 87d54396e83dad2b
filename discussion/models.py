"""Threads per module, lesson or cohort; posts (replies one level deep); reports for moderation (ADR 0191)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

BODY_MAX_CHARS = 5000
TITLE_MAX_CHARS = 200


class PlaceKind(models.TextChoices):
    MODULE = "module", _("Module")
    LESSON = "lesson", _("Lesson")
    COHORT = "cohort", _("Cohort")


class Thread(models.Model):
    place = models.CharField(_("place"), max_length=10, choices=PlaceKind.choices)
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("page")
    )
    cohort = models.ForeignKey(
        "cohorts.Cohort", on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("cohort")
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_CHARS)
    # SET_NULL: an account deleted outright leaves its threads, by "a former member".
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_post_at = models.DateTimeField(_("last post"), db_index=True)
    post_count = models.PositiveIntegerField(_("posts"), default=0)  # visible posts, kept by the services
    locked_at = models.DateTimeField(_("locked"), null=True, blank=True)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-last_post_at", "-id"]
        verbose_name = _("discussion thread")
        verbose_name_plural = _("discussion threads")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(place__in=["module", "lesson"], page__isnull=False, cohort__isnull=True)
                    | Q(place="cohort", cohort__isnull=False, page__isnull=True)
                ),
                name="thread_one_place",
            )
        ]
        indexes = [
            models.Index(fields=["page", "last_post_at"], name="thread_page_idx"),
            models.Index(fields=["cohort", "last_post_at"], name="thread_cohort_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def locked(self) -> bool:
        return self.locked_at is not None


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    # Replies hang under a top-level post only (a reply to a reply joins the same parent): nesting never deepens.
    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    body = models.TextField(_("text"), max_length=BODY_MAX_CHARS)  # as typed, for export and re-rendering
    html = models.TextField(editable=False)  # rendered once through the sanitiser (discussion.formatting)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)
    helpful_at = models.DateTimeField(_("marked helpful"), null=True, blank=True)
    helpful_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    # None with hidden_at set: hidden by reports from several members, waiting for a moderator.
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        permissions = [("moderate_post", "Can moderate module and lesson discussions")]
        constraints = [
            models.CheckConstraint(condition=~Q(parent=models.F("id")), name="post_not_own_parent"),
        ]

    def __str__(self) -> str:
        return f"{self.thread_id}#{self.pk}"

    @property
    def hidden(self) -> bool:
        return self.hidden_at is not None


class ReportReason(models.TextChoices):
    ABUSE = "abuse", _("Abusive, hateful or harassing")
    SPAM = "spam", _("Spam or advertising")
    PRIVATE = "private", _("Shares someone's personal information")
    OTHER = "other", _("Something else")


class Report(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=10, choices=ReportReason.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True, db_index=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    hidden = models.BooleanField(_("post hidden"), null=True, blank=True)  # the moderator's decision

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"], condition=Q(reporter__isnull=False), name="report_once_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"{self.post_id}: {self.reason}"
