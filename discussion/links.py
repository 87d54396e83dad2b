"""The link at the end of a module or lesson page: its discussion, with the number of posts (one cache read)."""

from django.urls import reverse
from django.utils.translation import gettext, ngettext


def page_discussion_link(*, page, request) -> tuple[str, str] | None:
    from cms.models import LessonPage, ModulePage

    from .models import PlaceKind
    from .permissions import Place
    from .selectors import place_post_count

    if not isinstance(page, (LessonPage, ModulePage)):
        return None
    kind = PlaceKind.LESSON if isinstance(page, LessonPage) else PlaceKind.MODULE
    count = place_post_count(place=Place(kind=kind, page=page))
    url = reverse("discussion:page", args=[page.pk])
    if not count:
        return url, gettext("Discussion: ask a question or share an idea")
    return url, ngettext("Discussion (%(count)d post)", "Discussion (%(count)d posts)", count) % {"count": count}
