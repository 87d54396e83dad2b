"""Page serving on canonical URLs: /modules/<module>/<lesson>/ is the same page whatever the teacher's language.

Wagtail, with i18n on, routes through `site.root_page.localized`: the request's language would pick the French
tree, where an untranslated lesson is a 404 and progress would be counted against another page. We route the
site's own (default-locale) tree instead and let the page pick its translation when it renders (cms.selectors).
It also saves the two locale queries `.localized` costs on every page.
"""

from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Site


def page_serve(request, path: str):
    from cms.page_frame import page_frame_serve

    framed = page_frame_serve(request)  # a lesson kept whole: no routing, no page queries (ADR 0162)
    if framed is not None:
        return framed
    site = Site.find_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        components = [component for component in path.split("/") if component]
        try:
            # Wagtail's route_for_request reads this attribute before routing itself.
            request._wagtail_route_for_request = site.root_page.specific.route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
