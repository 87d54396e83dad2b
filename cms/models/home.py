from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link", "ul", "ol"], blank=True)
    call_to_action = models.CharField(_("button text"), max_length=80, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("call_to_action")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.CatalogPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Resolve /catalogue/module/lesson/ in one query instead of one per level.

        Pages below the home page are catalogues, modules and lessons, none with sub-routes, so the page
        whose url_path matches is exactly what Wagtail's level-by-level walk would find. This keeps a
        lesson page within its query budget however deep the tree grows.
        """
        from wagtail.url_routing import RouteResult

        from .lesson import LessonPage
        from .module import ModulePage

        model = {3: LessonPage, 2: ModulePage}.get(len(path_components))
        if model is not None:
            url_path = self.url_path + "/".join(path_components) + "/"
            pages = model.objects.filter(
                path__startswith=self.path, depth=self.depth + len(path_components), url_path=url_path
            )
            if model is ModulePage:
                pages = pages.select_related("level", "cover_image")
            page = pages.first()
            if page is not None:
                if not page.live:
                    raise Http404
                return RouteResult(page)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import catalog_pages_first

        context = super().get_context(request, *args, **kwargs)
        context["catalog"] = catalog_pages_first()
        context["shown"] = home_shown(page=self)
        return context


def home_shown(*, page: "HomePage"):
    """The home page's translation in the request's language, or the page itself (its words keep their lang/dir)."""
    from cms.locales import active_content_language
    from cms.translations import shown_page

    original = page.locale.language_code if page.locale_id else active_content_language()
    return shown_page(model=HomePage, page=page, original_language=original, requested=active_content_language())
