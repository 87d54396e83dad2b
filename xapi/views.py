"""The addresses our statements name: a page's one address across its translations (ADR 0177)."""

from uuid import UUID

from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .vocabulary import verb_iri


@require_GET
def page_activity(request, key: UUID):
    """Redirect to the live page of that translation key, in the visitor's language when it exists."""
    pages = Page.objects.live().public().filter(translation_key=key).select_related("locale")
    chosen = None
    for page in pages:
        if page.locale.language_code == (get_language() or "en").split("-")[0]:
            chosen = page
            break
        chosen = chosen or page
    if chosen is None:
        raise Http404
    return redirect(chosen.url)


@require_GET
def verb_definition(request, name: str):
    """Our one verb of our own ("revoked": no published profile has one), described where its IRI points."""
    if name != "revoked":
        raise Http404
    return JsonResponse(
        {
            "type": "Verb",
            "id": verb_iri(name),
            "prefLabel": {"en": "revoked"},
            "definition": {"en": "The issuer withdrew the credential named as the object; it no longer certifies."},
        }
    )
