from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class CatalogPage(Page):
    """The module catalogue: the levels × aspects matrix, filters and search (all GET, no JS)."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ModulePage"]

    class Meta:
        verbose_name = _("module catalogue")

    def get_context(self, request, *args, **kwargs):
        from cms.locales import active_content_language
        from cms.selectors import CatalogFilters, catalog_view_data
        from cms.translations import shown_page

        context = super().get_context(request, *args, **kwargs)
        # The catalogue's own title and introduction in the reader's language, where it is translated.
        original = self.locale.language_code if self.locale_id else active_content_language()
        context["shown"] = shown_page(
            model=CatalogPage, page=self, original_language=original, requested=active_content_language()
        )
        filters = CatalogFilters.from_query(request.GET)
        context.update(
            catalog_view_data(
                catalog=self,
                filters=filters,
                language=active_content_language(),
                preview=getattr(request, "is_preview", False),
            )
        )
        return context

    def serve(self, request, *args, **kwargs):
        """The unfiltered catalogue from a frame shared by every visitor (cms.page_frame, ADR 0162)."""
        from cms.page_frame import page_frame_respond

        response = page_frame_respond(page=self, request=request)
        return response if response is not None else super().serve(request, *args, **kwargs)
