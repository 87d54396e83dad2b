from django.conf import settings
from django.db import models
from django.forms import CheckboxSelectMultiple, Select
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.forms import ModulePageForm


class ModulePage(Page):
    summary = models.TextField(_("summary"), max_length=600)
    level = models.ForeignKey(
        "competency.Level", on_delete=models.PROTECT, related_name="modules", verbose_name=_("level")
    )
    competencies = ParentalManyToManyField(
        "competency.Competency", related_name="modules", verbose_name=_("competencies developed")
    )
    objectives = ParentalManyToManyField(
        "competency.Objective", related_name="modules", verbose_name=_("objectives covered"), blank=True
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=60)
    prerequisites = ParentalManyToManyField(
        "cms.ModulePage",
        related_name="required_by",
        verbose_name=_("prerequisite modules"),
        blank=True,
        symmetrical=False,
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cover image"),
    )
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("Alternative text; leave empty only if the image is decorative."),
    )
    # The language the module was written in (its translations are pages in other locales: docs/decisions/0060).
    language = models.CharField(
        _("original language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language this module is written in. Translations are made with “Translate” in the admin."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("level", widget=Select),
                FieldPanel("competencies", widget=CheckboxSelectMultiple),
                FieldPanel("objectives", widget=CheckboxSelectMultiple),
            ],
            heading=_("Framework alignment"),
        ),
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("language"), FieldPanel("prerequisites")],
            heading=_("About the module"),
        ),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover")),
        InlinePanel("closing_assessments", heading=_("Closing assessments"), label=_("Assessment")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("language"),
        index.FilterField("level_id"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("cover_alt"),
        SynchronizedField("level"),
        SynchronizedField("estimated_minutes"),
        SynchronizedField("cover_image"),
        SynchronizedField("language"),
    ]

    parent_page_types = ["cms.CatalogPage"]
    subpage_types = ["cms.LessonPage"]
    base_form_class = ModulePageForm

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        from cms.locales import active_content_language
        from cms.selectors import module_view_data

        context = super().get_context(request, *args, **kwargs)
        context.update(
            module_view_data(
                module=self,
                user=request.user,
                language=active_content_language(),
                preview=getattr(request, "is_preview", False),
            )
        )
        return context


class ModuleAssessment(Orderable):
    """An assessment that closes the module (the assessment engine lives in `assessments`)."""

    page = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="closing_assessments")
    assessment = models.ForeignKey(
        "assessments.Assessment", on_delete=models.CASCADE, related_name="+", verbose_name=_("assessment")
    )

    panels = [FieldPanel("assessment")]

    class Meta(Orderable.Meta):
        verbose_name = _("closing assessment")
        verbose_name_plural = _("closing assessments")
        constraints = [
            models.UniqueConstraint(fields=["page", "assessment"], name="module_assessment_unique"),
        ]

    def __str__(self) -> str:
        return str(self.assessment)
