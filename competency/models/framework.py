"""The structure of a competency framework: levels × aspects = competencies, with objectives.

Any other shape is a tree (docs/decisions/0180-frameworks-of-any-shape.md): a competency may have a parent
competency and no cell; aspects may be grouped under a parent aspect (DigCompEdu's areas); a level is a step
on the framework's proficiency scale holding the competencies shown at that step. `source` keeps what the
file a framework came from said (its identifiers, Moodle's scale and rule cells, CASE association
identifiers), so a re-import matches by identifier and an export writes the same file back.
"""

import uuid

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .translations import TranslatedName, translations_field


def source_field() -> models.JSONField:
    return models.JSONField(
        _("source identifiers"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("What the imported file said about this item (identifiers, Moodle or CASE cells)."),
    )


class EvidencePolicy(models.TextChoices):
    BEST = "best", _("Best evidence counts")
    LATEST = "latest", _("Latest evidence counts")


class Framework(TranslatedName, models.Model):
    slug = models.SlugField(_("slug"), max_length=50, unique=True)
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    translations = translations_field()
    version = models.CharField(_("version"), max_length=20)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    year = models.PositiveIntegerField(_("year"), null=True, blank=True)
    licence = models.CharField(_("licence"), max_length=100, blank=True)
    licence_url = models.URLField(_("licence URL"), blank=True)
    source_url = models.URLField(_("source URL"), blank=True)
    description = models.TextField(_("description"), blank=True)
    attribution = models.CharField(_("attribution"), max_length=300, blank=True)
    source = source_field()
    is_current = models.BooleanField(
        _("current"), default=False, help_text=_("The framework shown on the public framework page.")
    )
    # The level rule: how evidence turns into mastery and levels. Copied onto each decision.
    mastery_threshold = models.DecimalField(_("mastery threshold (%)"), max_digits=5, decimal_places=2, default=80)
    requires_previous_level = models.BooleanField(_("level N requires level N−1"), default=True)
    evidence_policy = models.CharField(
        _("evidence that counts"), max_length=10, choices=EvidencePolicy.choices, default=EvidencePolicy.BEST
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("framework")
        verbose_name_plural = _("frameworks")
        constraints = [
            models.UniqueConstraint(fields=["name", "version"], name="framework_unique_name_version"),
            models.UniqueConstraint(
                fields=["is_current"], condition=Q(is_current=True), name="framework_single_current"
            ),
            models.CheckConstraint(
                condition=Q(mastery_threshold__gte=0) & Q(mastery_threshold__lte=100),
                name="framework_threshold_0_100",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"

    def get_absolute_url(self) -> str:
        return reverse("competency:framework_detail", kwargs={"slug": self.slug})

    def label_in(self, language: str | None = None) -> str:
        """The name and version in `language` as one phrase ("…pour les enseignants, version 3"), never glued."""
        name = self.name_in(language)
        if not self.version:
            return name
        with translation.override(language or translation.get_language()):
            # Translators: a framework's name and its version, e.g. "UNESCO ICT-CFT, version 3".
            return translation.gettext("%(name)s, version %(version)s") % {"name": name, "version": self.version}

    def rule_snapshot(self) -> dict:
        """The rule in force, copied onto every mastery and level decision."""
        return {
            "framework": self.slug,
            "mastery_threshold": str(self.mastery_threshold),
            "requires_previous_level": self.requires_previous_level,
            "evidence_policy": self.evidence_policy,
        }


class Level(TranslatedName, models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="levels")
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=200)
    translations = translations_field()
    order = models.PositiveSmallIntegerField(_("order"))
    summary = models.TextField(_("summary"), blank=True)
    source = source_field()
    validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for certificates that never expire."),
    )

    class Meta:
        ordering = ["framework", "order"]
        verbose_name = _("level")
        verbose_name_plural = _("levels")
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="level_unique_code"),
            models.UniqueConstraint(fields=["framework", "order"], name="level_unique_order"),
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.name}"


class Aspect(TranslatedName, models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="aspects")
    # A group of aspects (DigCompEdu's areas group its competences); the grid shows the leaves.
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children", verbose_name=_("group")
    )
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=200)
    translations = translations_field()
    order = models.PositiveSmallIntegerField(_("order"))
    summary = models.TextField(_("summary"), blank=True)
    source = source_field()

    class Meta:
        ordering = ["framework", "order"]
        verbose_name = _("aspect")
        verbose_name_plural = _("aspects")
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="aspect_unique_code"),
            models.UniqueConstraint(fields=["framework", "order"], name="aspect_unique_order"),
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.name}"


class Competency(TranslatedName, models.Model):
    NAME_FIELD = "title"

    # framework is stored beside level/aspect so the database can keep codes unique per framework.
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="competencies")
    # A cell of the grid (both set), or a node of a tree of any depth (both empty, `parent` says where).
    level = models.ForeignKey(Level, on_delete=models.PROTECT, related_name="competencies", null=True, blank=True)
    aspect = models.ForeignKey(Aspect, on_delete=models.PROTECT, related_name="competencies", null=True, blank=True)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children", verbose_name=_("parent")
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    # Moodle ID numbers run to 100 characters.
    code = models.CharField(_("code"), max_length=100)
    title = models.CharField(_("title"), max_length=255)
    translations = translations_field()
    description = models.TextField(_("description"), blank=True)
    source = source_field()
    # Left out of a newer file while teachers' evidence points at it: kept for the records, no longer offered.
    retired = models.BooleanField(_("retired"), default=False)

    class Meta:
        ordering = ["framework", "level__order", "aspect__order", "order"]
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="competency_unique_code"),
            # A retired competency keeps its cell for the records; its successor may take the cell.
            models.UniqueConstraint(
                fields=["level", "aspect"], condition=Q(retired=False), name="competency_one_per_cell"
            ),
            models.CheckConstraint(
                condition=Q(level__isnull=True, aspect__isnull=True) | Q(level__isnull=False, aspect__isnull=False),
                name="competency_cell_or_tree",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("competency:competency_detail", kwargs={"slug": self.framework.slug, "code": self.code})

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        errors = {}
        if self.level_id and self.framework_id and self.level.framework_id != self.framework_id:
            errors["level"] = _("The level belongs to another framework.")
        if self.aspect_id and self.framework_id and self.aspect.framework_id != self.framework_id:
            errors["aspect"] = _("The aspect belongs to another framework.")
        if errors:
            raise ValidationError(errors)


class Objective(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="objectives")
    competency = models.ForeignKey(Competency, on_delete=models.CASCADE, related_name="objectives")
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("code"), max_length=100)
    text = models.TextField(_("text"))
    source = source_field()
    # Where the wording comes from when it is not the publisher's own (paraphrased, reconstructed, unconfirmed):
    # shown beside the objective, in the API and in exports, so nobody takes it for UNESCO's text (ADR 0137).
    source_note = models.TextField(
        _("source note"),
        blank=True,
        help_text=_("Leave empty when the text is the publisher's; otherwise say where it comes from."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["competency", "order", "code"]
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="objective_unique_code"),
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.text[:60]}"

    def save(self, *args, **kwargs) -> None:
        # The framework always follows the competency, so trainers never pick it by hand.
        if self.competency_id:
            self.framework_id = self.competency.framework_id
        super().save(*args, **kwargs)


class CrosswalkLink(models.Model):
    """Maps a competency of an older framework version onto its successor."""

    source = models.ForeignKey(Competency, on_delete=models.CASCADE, related_name="crosswalk_targets")
    target = models.ForeignKey(Competency, on_delete=models.CASCADE, related_name="crosswalk_sources")
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("crosswalk link")
        verbose_name_plural = _("crosswalk links")
        constraints = [
            models.UniqueConstraint(fields=["source", "target"], name="crosswalk_unique_pair"),
            models.CheckConstraint(condition=~Q(source=models.F("target")), name="crosswalk_not_self"),
        ]

    def __str__(self) -> str:
        return f"{self.source.code} → {self.target.code}"
