"""Assessments: what a teacher sits, with the rules an attempt freezes when it starts."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from competency.models.translations import TranslatedName, language_base


class AssessmentKind(models.TextChoices):
    MODULE = "module", _("Module assessment")
    LEVEL_EXAM = "level_exam", _("Level certification exam")


class FeedbackTiming(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately, after each answer")
    AFTER_SUBMISSION = "after_submission", _("After submission")
    NEVER = "never", _("Never")


class Assessment(TranslatedName, ClusterableModel):
    """`translations` holds the title and description in other languages: `{"fr": {"name": "…", "description": "…"}}`
    (the same shape as a framework part's names, so `{{ assessment|name_in }}` shows the title in the page's language).
    """

    NAME_FIELD = "title"

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=AssessmentKind.choices, default=AssessmentKind.MODULE)
    level = models.ForeignKey(
        "competency.Level", on_delete=models.PROTECT, related_name="assessments", verbose_name=_("level")
    )
    competencies = models.ManyToManyField(
        "competency.Competency", related_name="assessments", verbose_name=_("competencies"), blank=True
    )
    description = models.TextField(_("description"), blank=True)
    translations = models.JSONField(
        _("title and description in other languages"),
        default=dict,
        blank=True,
        help_text=_(
            'One entry per language code: {"fr": {"name": "the title", "description": "the description"}}. '
            "A language without an entry shows the English title and description."
        ),
    )
    pass_mark = models.DecimalField(
        _("pass mark per competency (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("80"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Applies to every competency without its own pass mark below."),
    )
    max_attempts = models.PositiveSmallIntegerField(_("attempts allowed"), default=0, help_text=_("0 means unlimited."))
    cooldown_minutes = models.PositiveIntegerField(_("cooldown between attempts (minutes)"), default=0)
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"), null=True, blank=True, help_text=_("Leave empty for no time limit.")
    )
    grace_seconds = models.PositiveIntegerField(
        _("grace period (seconds)"),
        default=30,
        help_text=_("Saves arriving this long after the time limit still count (slow connections)."),
    )
    feedback_timing = models.CharField(
        _("feedback and correct answers"),
        max_length=20,
        choices=FeedbackTiming.choices,
        default=FeedbackTiming.AFTER_SUBMISSION,
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("level")],
            heading=_("Assessment"),
        ),
        FieldPanel("competencies"),
        FieldPanel("description"),
        FieldPanel("translations"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("cooldown_minutes"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("grace_seconds"),
                FieldPanel("feedback_timing"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
            ],
            heading=_("Rules"),
        ),
        InlinePanel("pass_marks", heading=_("Pass marks per competency"), label=_("Pass mark")),
        InlinePanel("items", heading=_("Fixed questions"), label=_("Question")),
        InlinePanel("draws", heading=_("Random draws from pools"), label=_("Draw")),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_mark__gte=0) & Q(pass_mark__lte=100), name="assessment_pass_mark_0_100"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def description_in(self, language: str | None = None) -> str:
        """The description in `language` (default: the active one), or the English one when none is recorded."""
        entry = (self.translations or {}).get(language_base(language)) or {}
        return entry.get("description") or self.description

    def clean(self) -> None:
        super().clean()
        known = {code for code, _name in settings.LANGUAGES}
        entries = self.translations or {}
        if not isinstance(entries, dict) or not all(isinstance(v, dict) for v in entries.values()):
            raise ValidationError(
                {"translations": _('Give an object: a language code, then {"name": …, "description": …}.')}
            )
        unknown = sorted(set(entries) - known)
        if unknown:
            raise ValidationError(
                {
                    "translations": _("%(codes)s: not a language of this site (choose from %(known)s).")
                    % {"codes": ", ".join(unknown), "known": ", ".join(sorted(known))}
                }
            )
        for code, entry in entries.items():
            extra = sorted(set(entry) - {"name", "description"})
            if extra or not all(isinstance(v, str) for v in entry.values()):
                raise ValidationError(
                    {"translations": _('%(code)s: give only "name" and "description", each as text.') % {"code": code}}
                )

    def get_absolute_url(self) -> str:
        return reverse("assessments:detail", kwargs={"slug": self.slug})


class AssessmentPassMark(Orderable):
    assessment = ParentalKey(Assessment, on_delete=models.CASCADE, related_name="pass_marks")
    competency = models.ForeignKey("competency.Competency", on_delete=models.PROTECT, related_name="+")
    pass_mark = models.DecimalField(
        _("pass mark (%)"), max_digits=5, decimal_places=2, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )

    panels = [FieldPanel("competency"), FieldPanel("pass_mark")]

    class Meta(Orderable.Meta):
        verbose_name = _("pass mark")
        constraints = [
            models.UniqueConstraint(fields=["assessment", "competency"], name="passmark_unique_competency"),
        ]


class AssessmentItem(Orderable):
    """A question every attempt gets."""

    assessment = ParentalKey(Assessment, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey("assessments.Question", on_delete=models.PROTECT, related_name="assessment_items")

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("fixed question")
        constraints = [models.UniqueConstraint(fields=["assessment", "question"], name="item_unique_question")]


class AssessmentDraw(Orderable):
    """ "N questions from the pool for a competency, difficulty ≤ D", drawn afresh for each attempt."""

    assessment = ParentalKey(Assessment, on_delete=models.CASCADE, related_name="draws")
    competency = models.ForeignKey("competency.Competency", on_delete=models.PROTECT, related_name="+")
    count = models.PositiveSmallIntegerField(_("number of questions"), default=5)
    max_difficulty = models.PositiveSmallIntegerField(
        _("maximum difficulty"), default=3, validators=[MinValueValidator(1), MaxValueValidator(3)]
    )
    auto_graded_only = models.BooleanField(
        _("only questions graded automatically"),
        default=False,
        help_text=_("Leave out extended-response questions, so results (and a certificate) need no trainer's review."),
    )

    panels = [
        FieldPanel("competency"),
        FieldPanel("count"),
        FieldPanel("max_difficulty"),
        FieldPanel("auto_graded_only"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("random draw")
        constraints = [models.CheckConstraint(condition=Q(count__gte=1), name="draw_count_positive")]
