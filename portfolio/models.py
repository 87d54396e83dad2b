"""A teacher's portfolio of practice: artefacts from the classroom, mentor groups, threads and notes."""

import secrets
import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.reports import ReportBase


class PrivateStorage(FileSystemStorage):
    """Artefacts live outside MEDIA_ROOT and have no public address: the permission-checked views hand them out."""

    def url(self, name):
        raise ValueError("A portfolio file has no public URL; link to its download view.")


def private_storage() -> PrivateStorage:
    return PrivateStorage(location=settings.PRIVATE_MEDIA_ROOT)


def _upload_to(instance: "Artefact", filename: str) -> str:
    # A random part too: a name alone never leads to a file, even for someone who can list the folder's names.
    return f"portfolio/{instance.uuid.hex}/{secrets.token_hex(6)}-{filename}"


def _rendition_to(instance: "Artefact", filename: str) -> str:
    return f"portfolio/{instance.uuid.hex}/light-{secrets.token_hex(6)}-{filename}"


class Kind(models.TextChoices):
    LESSON_PLAN = "lesson_plan", _("Lesson plan")
    PHOTO = "photo", _("Photo")
    VIDEO = "video", _("Video")
    AUDIO = "audio", _("Audio")
    REFLECTION = "reflection", _("Reflection")
    DOCUMENT = "document", _("Other document")


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Only me")
    COHORT = "cohort", _("My cohort (teachers, trainers and my mentor)")
    SUBMITTED = "submitted", _("Submitted with an assessment answer")


class RenditionStatus(models.TextChoices):
    NONE = "none", _("No light version")  # documents and reflections; media uploaded before light video (ADR 0200)
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Could not be made")


class Artefact(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="artefacts")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    # A reflection is this text alone; for the other kinds it says what the file shows.
    text = models.TextField(_("text"), blank=True, max_length=10000)
    file = models.FileField(_("file"), upload_to=_upload_to, storage=private_storage, blank=True, max_length=300)
    content_type = models.CharField(_("content type"), max_length=100, blank=True)  # read from the content
    size = models.PositiveBigIntegerField(_("size (bytes)"), default=0)
    rendition = models.FileField(
        _("light version"), upload_to=_rendition_to, storage=private_storage, blank=True, max_length=300
    )
    rendition_status = models.CharField(
        _("light version"), max_length=10, choices=RenditionStatus.choices, default=RenditionStatus.NONE
    )
    rendition_size = models.PositiveIntegerField(_("light version size (bytes)"), default=0)
    # A video's still frame, shown by its player before anything plays (ADR 0200 addendum).
    poster = models.FileField(
        _("poster frame"), upload_to=_rendition_to, storage=private_storage, blank=True, max_length=300
    )
    # SHA-256 of the original the light version was made from: making it again from the same file does nothing.
    rendition_source = models.CharField(_("light version made from (SHA-256)"), max_length=64, blank=True)
    visibility = models.CharField(
        _("who sees it"), max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    competencies = models.ManyToManyField(
        "competency.Competency", related_name="+", blank=True, verbose_name=_("competencies")
    )
    # Submitted as an assessment artefact: the extended-response answer it goes with (ADR 0203).
    answer = models.ForeignKey("assessments.Answer", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    # Set when a cohort member reports a cohort-shared artefact: hidden from the cohort at once (the owner, the
    # owner's trainers and administrators still see it) until a trainer restores it (None) or keeps it hidden.
    reported_hidden_at = models.DateTimeField(_("hidden after a report"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("artefact")
        verbose_name_plural = _("artefacts")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="reflection") | ~Q(file=""), name="portfolio_artefact_file_unless_reflection"
            ),
            models.CheckConstraint(
                condition=~Q(visibility="submitted") | Q(answer__isnull=False),
                name="portfolio_submitted_has_answer",
            ),
        ]
        indexes = [models.Index(fields=["owner", "created_at"], name="portfolio_artefact_owner")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("portfolio:detail", kwargs={"artefact": self.uuid})

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")

    @property
    def is_media(self) -> bool:
        return self.content_type.startswith(("video/", "audio/"))

    @property
    def is_video(self) -> bool:
        return self.content_type.startswith("video/")

    @property
    def rendition_content_type(self) -> str:
        """What the light version is: a JPEG of a photo, an MP4 of a video, an M4A of a recording."""
        if self.is_image:
            return "image/jpeg"
        if self.is_video:
            return "video/mp4"
        if self.is_media:
            return "audio/mp4"
        return ""


class ArtefactReport(ReportBase):
    """A cohort member reports an artefact shared with the cohort (issue 18, as discussion's reports)."""

    artefact = models.ForeignKey(Artefact, on_delete=models.CASCADE, related_name="reports")
    hidden = models.BooleanField(_("artefact hidden"), null=True, blank=True)  # the trainer's decision

    class Meta(ReportBase.Meta):
        verbose_name = _("artefact report")
        constraints = [
            models.UniqueConstraint(
                fields=["artefact", "reporter"], condition=Q(reporter__isnull=False), name="portfolio_report_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.artefact_id} · {self.resolved_at is not None}"


class MentorGroup(models.Model):
    """A mentor and a few teachers of one cohort, set up by the cohort's trainer (ADR 0202)."""

    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="+")
    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_groups")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["cohort", "id"]
        verbose_name = _("mentor group")
        verbose_name_plural = _("mentor groups")
        constraints = [models.UniqueConstraint(fields=["cohort", "mentor"], name="portfolio_one_group_per_mentor")]

    def __str__(self) -> str:
        return f"{self.cohort_id} · {self.mentor_id}"


class MentorGroupMember(models.Model):
    group = models.ForeignKey(MentorGroup, on_delete=models.CASCADE, related_name="members")
    teacher = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentored_in")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("mentee")
        verbose_name_plural = _("mentees")
        constraints = [models.UniqueConstraint(fields=["group", "teacher"], name="portfolio_mentee_once")]
        indexes = [models.Index(fields=["teacher"], name="portfolio_mentee_teacher")]

    def __str__(self) -> str:
        return f"{self.group_id} · {self.teacher_id}"


class Message(models.Model):
    """One post of an artefact's thread (owner ↔ mentor). Plain text: no markup survives (services)."""

    artefact = models.ForeignKey(Artefact, on_delete=models.CASCADE, related_name="messages")
    # Kept when its author's account goes: the other side still reads it, as "a former member".
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    body = models.TextField(_("message"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    # Set when the other side of the thread reports it: hidden in the thread at once, until a trainer of the
    # owner's cohort restores it (None) or keeps it hidden (issue 18).
    hidden_at = models.DateTimeField(_("hidden after a report"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        indexes = [models.Index(fields=["author", "created_at"], name="portfolio_message_author")]

    def __str__(self) -> str:
        return f"{self.artefact_id} · {self.pk}"


class MessageReport(ReportBase):
    """A thread's reader reports a message the other side wrote (issue 18, as discussion's reports)."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reports")
    hidden = models.BooleanField(_("message hidden"), null=True, blank=True)  # the trainer's decision

    class Meta(ReportBase.Meta):
        verbose_name = _("message report")
        constraints = [
            models.UniqueConstraint(
                fields=["message", "reporter"],
                condition=Q(reporter__isnull=False),
                name="portfolio_message_report_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.message_id} · {self.resolved_at is not None}"


class MentorNote(models.Model):
    """A mentor's note about a teacher, overall (no competency) or on one competency; shown on their competency
    page."""

    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    teacher = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_notes")
    competency = models.ForeignKey(
        "competency.Competency", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    body = models.TextField(_("note"), max_length=4000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("mentor's note")
        verbose_name_plural = _("mentor's notes")
        constraints = [
            models.UniqueConstraint(fields=["mentor", "teacher", "competency"], name="portfolio_note_per_competency"),
            models.UniqueConstraint(
                fields=["mentor", "teacher"], condition=Q(competency__isnull=True), name="portfolio_note_overall"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mentor_id} → {self.teacher_id}"
