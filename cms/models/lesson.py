from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import LessonBodyBlock


class LessonPage(Page):
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=15)
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))
    objectives = ParentalManyToManyField(
        "competency.Objective", related_name="lessons", verbose_name=_("objectives served"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("objectives", widget=CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    # What translators see in the translation editor; the slug stays the source's so every tree has the same paths.
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("estimated_minutes"),
    ]

    parent_page_types = ["cms.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_view_restrictions(self):
        """Wagtail's check in one query instead of two (lesson pages have a query budget).

        Same rule: restrictions on this page or any ancestor, where an alias ancestor counts through its source.
        """
        from django.db.models import Q
        from wagtail.models import PageViewRestriction

        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(Q(page__path__in=paths) | Q(page__aliases__path__in=paths)).distinct()

    def get_context(self, request, *args, **kwargs):
        from accounts.data_saver import data_saver_enabled
        from cms.locales import active_content_language
        from cms.selectors import lesson_view_data

        context = super().get_context(request, *args, **kwargs)
        context.update(
            lesson_view_data(
                lesson=self,
                user=request.user,
                language=active_content_language(),
                data_saver=data_saver_enabled(request),
                preview=getattr(request, "is_preview", False),
            )
        )
        context["play"] = request.GET.get("play", "")
        if self.pk is not None:  # the page's parts read the marks again from the request, for nothing
            from cms.selectors import lesson_marks_remember

            lesson_marks_remember(
                request=request,
                lesson_id=self.pk,
                done=context["progress"].done_ids,
                notes=context["reflection_notes"],
                total=context["progress"].total,
            )
        return context

    def serve(self, request, *args, **kwargs):
        """From a frame shared by every teacher, with their own parts added (cms.page_frame, ADR 0162)."""
        from cms.page_frame import page_frame_respond

        response = page_frame_respond(page=self, request=request)
        return response if response is not None else super().serve(request, *args, **kwargs)
