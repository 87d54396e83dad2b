"""The question bank. Attempts copy what they need at start, so editing a question never changes an attempt."""

import uuid
from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from assessments.admin_forms import QuestionAdminForm


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple response")
    TRUE_FALSE = "true_false", _("True / false")
    NUMERIC = "numeric", _("Numeric")
    SHORT_TEXT = "short_text", _("Short text")
    ORDERING = "ordering", _("Ordering")
    MATCHING = "matching", _("Matching")
    EXTENDED = "extended", _("Extended response (graded by a trainer)")
    CLOZE = "cloze", _("Cloze (embedded answers, Moodle syntax)")


class MultipleScoring(models.TextChoices):
    ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
    PROPORTIONAL = "proportional", _("Proportional, with a penalty for wrong picks")


class Whitespace(models.TextChoices):
    COLLAPSE = "collapse", _("Ignore extra spaces (at the ends and between words)")
    IGNORE = "ignore", _("Ignore all spaces (“e mail” = “email”)")
    EXACT = "exact", _("Spaces between words must match")


class Question(ClusterableModel):
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    type = models.CharField(_("type"), max_length=20, choices=QuestionType.choices)
    title = models.CharField(_("title"), max_length=200, help_text=_("For trainers; teachers see the text."))
    text = models.TextField(
        _("question text"),
        help_text=_(
            "For a cloze question, write the gaps in Moodle's syntax, e.g. "
            "“The capital of France is {1:SHORTANSWER:=Paris#Right~%50%Lyon#No, that is another city}.”"
        ),
    )
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), default=2, validators=[MinValueValidator(1), MaxValueValidator(3)], help_text=_("1–3")
    )
    points = models.DecimalField(_("points"), max_digits=6, decimal_places=2, default=Decimal("1"))
    general_feedback = models.TextField(_("general feedback"), blank=True)
    objectives = ParentalManyToManyField(
        "competency.Objective", related_name="questions", blank=True, verbose_name=_("objectives")
    )
    # Multiple response.
    multiple_scoring = models.CharField(
        _("multiple response scoring"),
        max_length=20,
        choices=MultipleScoring.choices,
        default=MultipleScoring.ALL_OR_NOTHING,
    )
    wrong_pick_penalty = models.DecimalField(
        _("penalty per wrong pick"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("1"),
        help_text=_("In right picks: 1 means each wrong pick cancels one right pick. The score never goes below 0."),
    )
    # True/false.
    correct_boolean = models.BooleanField(_("the statement is true"), null=True, blank=True)
    # Numeric: an answer with a tolerance, or a range.
    numeric_answer = models.DecimalField(_("answer"), max_digits=18, decimal_places=6, null=True, blank=True)
    numeric_tolerance = models.DecimalField(_("tolerance (±)"), max_digits=18, decimal_places=6, default=Decimal("0"))
    numeric_min = models.DecimalField(_("range from"), max_digits=18, decimal_places=6, null=True, blank=True)
    numeric_max = models.DecimalField(_("range to"), max_digits=18, decimal_places=6, null=True, blank=True)
    # Short text: the accepted answers are the options marked correct.
    case_sensitive = models.BooleanField(_("case matters"), default=False)
    ignore_accents = models.BooleanField(_("ignore accents"), default=True)
    whitespace = models.CharField(_("spaces"), max_length=10, choices=Whitespace.choices, default=Whitespace.COLLAPSE)
    # Extended response.
    rubric = models.ForeignKey(
        "assessments.Rubric", on_delete=models.PROTECT, null=True, blank=True, related_name="questions"
    )
    allow_file = models.BooleanField(_("teachers may upload a file"), default=False)
    is_active = models.BooleanField(_("in use"), default=True, help_text=_("Inactive questions are never drawn."))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    base_form_class = QuestionAdminForm
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("type"),
                FieldPanel("text"),
                FieldRowPanel([FieldPanel("difficulty"), FieldPanel("points")]),
                FieldPanel("is_active"),
            ],
            heading=_("Question"),
        ),
        InlinePanel("alignments", heading=_("Competencies (weights)"), label=_("Competency"), min_num=1),
        FieldPanel("objectives"),
        InlinePanel(
            "options",
            heading=_("Options / accepted answers / items to order / pairs to match"),
            label=_("Option"),
        ),
        FieldPanel("general_feedback"),
        MultiFieldPanel(
            [FieldPanel("multiple_scoring"), FieldPanel("wrong_pick_penalty")], heading=_("Multiple response")
        ),
        FieldPanel("correct_boolean", heading=_("True / false")),
        MultiFieldPanel(
            [
                FieldPanel("numeric_answer"),
                FieldPanel("numeric_tolerance"),
                FieldPanel("numeric_min"),
                FieldPanel("numeric_max"),
            ],
            heading=_("Numeric"),
        ),
        MultiFieldPanel(
            [FieldPanel("case_sensitive"), FieldPanel("ignore_accents"), FieldPanel("whitespace")],
            heading=_("Short text"),
        ),
        MultiFieldPanel([FieldPanel("rubric"), FieldPanel("allow_file")], heading=_("Extended response")),
        InlinePanel("translations", heading=_("Translations"), label=_("Translation")),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.CheckConstraint(condition=Q(difficulty__gte=1) & Q(difficulty__lte=3), name="question_difficulty"),
            models.CheckConstraint(condition=Q(points__gt=0), name="question_points_positive"),
            models.CheckConstraint(condition=Q(wrong_pick_penalty__gte=0), name="question_penalty_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_type_display()})"


class QuestionCompetency(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="alignments")
    competency = models.ForeignKey("competency.Competency", on_delete=models.PROTECT, related_name="questions")
    weight = models.DecimalField(_("weight"), max_digits=5, decimal_places=2, default=Decimal("1"))

    panels = [FieldPanel("competency"), FieldPanel("weight")]

    class Meta(Orderable.Meta):
        verbose_name = _("competency alignment")
        constraints = [
            models.UniqueConstraint(fields=["question", "competency"], name="alignment_unique_competency"),
            models.CheckConstraint(condition=Q(weight__gt=0), name="alignment_weight_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.competency} × {self.weight}"


class QuestionOption(Orderable):
    """A choice; an accepted short answer; an item to order (in the right order); or a pair to match.

    A matching option with no text is a distractor: its `match_text` is offered in every list, never right.
    """

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(
        _("text"), max_length=500, blank=True, help_text=_("Leave empty in a matching question for a distractor.")
    )
    is_correct = models.BooleanField(_("correct"), default=False)
    fraction = models.DecimalField(
        _("credit"),
        max_digits=6,
        decimal_places=5,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_("Short text: the share of the points this accepted answer earns (1 = full, 0.5 = half)."),
    )
    match_text = models.CharField(_("matches"), max_length=500, blank=True, help_text=_("Matching questions only."))
    feedback = models.CharField(_("feedback for this option"), max_length=500, blank=True)

    panels = [
        FieldPanel("text"),
        FieldPanel("is_correct"),
        FieldPanel("fraction"),
        FieldPanel("match_text"),
        FieldPanel("feedback"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        constraints = [
            models.CheckConstraint(condition=Q(fraction__gte=0) & Q(fraction__lte=1), name="option_fraction_0_1"),
        ]

    def __str__(self) -> str:
        return self.text
