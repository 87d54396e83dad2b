"""Reads of the LTI tool."""

from django.http import Http404
from wagtail.models import Page

from assessments.models import Assessment, AssessmentKind

from .models import Context

CUSTOM_ASSESSMENT = "ictcft_assessment"
CUSTOM_PAGE = "ictcft_page"


def launch_target_url(*, custom: dict) -> tuple[Assessment | None, str | None]:
    """Where a resource launch lands, from the custom parameters deep linking put on the link: a module assessment
    (its scores go back), or a module or lesson page."""
    slug = str(custom.get(CUSTOM_ASSESSMENT) or "")
    if slug:
        assessment = Assessment.objects.filter(slug=slug, kind=AssessmentKind.MODULE).first()
        if assessment is not None:
            return assessment, assessment.get_absolute_url()
    page_id = str(custom.get(CUSTOM_PAGE) or "")
    if page_id.isdigit():
        page = Page.objects.live().public().filter(pk=int(page_id)).first()
        if page is not None:
            return None, page.url
    return None, None


def context_for_instructor(*, pk: int, user) -> Context:
    """A course the user launched from as its instructor; anyone else gets "not found"."""
    context = Context.objects.select_related("platform", "cohort").filter(pk=pk, instructors=user).first()
    if context is None:
        raise Http404
    return context
