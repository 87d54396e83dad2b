"""Rubrics: criteria × performance levels. Each criterion is aligned to a competency."""

from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class Rubric(ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        InlinePanel("levels", heading=_("Performance levels (columns)"), label=_("Level"), min_num=2),
        InlinePanel("criteria", heading=_("Criteria (rows)"), label=_("Criterion"), min_num=1),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("rubric")
        verbose_name_plural = _("rubrics")

    def __str__(self) -> str:
        return self.title

    def snapshot(self) -> dict:
        """The rubric as an attempt freezes it: levels with points; criteria with a descriptor per level."""
        levels = list(self.levels.all())
        return {
            "id": self.pk,
            "title": self.title,
            "levels": [{"id": lv.pk, "label": lv.label, "points": str(lv.points)} for lv in levels],
            "criteria": [
                {
                    "id": c.pk,
                    "title": c.title,
                    "competency": c.competency.code,
                    "descriptors": c.descriptor_list(len(levels)),
                }
                for c in self.criteria.all()
            ],
        }


class RubricLevel(Orderable):
    rubric = ParentalKey(Rubric, on_delete=models.CASCADE, related_name="levels")
    label = models.CharField(_("label"), max_length=100)
    points = models.DecimalField(_("points"), max_digits=5, decimal_places=2, default=Decimal("0"))

    panels = [FieldPanel("label"), FieldPanel("points")]

    class Meta(Orderable.Meta):
        verbose_name = _("performance level")
        constraints = [models.CheckConstraint(condition=Q(points__gte=0), name="rubric_level_points_positive")]

    def __str__(self) -> str:
        return f"{self.label} ({self.points})"


class RubricCriterion(Orderable):
    rubric = ParentalKey(Rubric, on_delete=models.CASCADE, related_name="criteria")
    title = models.CharField(_("criterion"), max_length=200)
    competency = models.ForeignKey("competency.Competency", on_delete=models.PROTECT, related_name="+")
    descriptors = models.TextField(
        _("descriptors"), blank=True, help_text=_("One line per performance level, in the order of the levels.")
    )

    panels = [FieldPanel("title"), FieldPanel("competency"), FieldPanel("descriptors")]

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")

    def __str__(self) -> str:
        return self.title

    def descriptor_list(self, count: int) -> list[str]:
        lines = [line.strip() for line in self.descriptors.splitlines() if line.strip()]
        return (lines + [""] * count)[:count]
