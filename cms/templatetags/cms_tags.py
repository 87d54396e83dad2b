from django import template

from cms.richtext import richtext_clean

register = template.Library()


@register.filter
def safe_richtext(value):
    """Rich text expanded and cleaned through the allow-list (see cms.richtext)."""
    return richtext_clean(value)


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def missing_note(shown, what: str = "lesson") -> str:
    """ "This lesson is not yet available in Français; showing the English original." (cms.translations.Shown)"""
    return shown.missing_note(what)


@register.filter
def language_name_local(code: str) -> str:
    from cms.locales import language_name

    return language_name(code)


@register.simple_tag(takes_context=True)
def lesson_body(context):
    """The lesson's cached body with its reflection blocks (the teacher's notes and forms) rendered for this view.

    In a page frame (common.visitor_parts) each reflection block is a part of its own, rendered per teacher."""
    from django.utils.safestring import mark_safe

    from cms.page_cache import body_render
    from common.visitor_parts import FRAME_CONTEXT_KEY

    recorder = context.get(FRAME_CONTEXT_KEY)
    if recorder is None:
        return body_render(segments=context["body_segments"], context=context.flatten())
    out = []
    for kind, item in context["body_segments"]:
        if kind == "html":
            out.append(item)
        else:
            arguments = {"block": item, "lesson_id": context["page"].pk, "lesson_ids": context["lesson_ids"],
                         "with_notes": context["with_notes"]}  # fmt: skip
            out.append(recorder.slot("cms/parts/live_block.html", arguments))
    return mark_safe("".join(out))  # noqa: S308 - cached block HTML and our own slot markers


@register.simple_tag(takes_context=True)
def lesson_marks(context, lesson_id, lesson_ids, with_notes):
    """The teacher's progress, done mark and notes on a lesson: one query per request for every part."""
    from cms.selectors import lesson_marks_for_request

    return lesson_marks_for_request(
        request=context["request"], lesson_id=lesson_id, lesson_ids=lesson_ids, with_notes=with_notes
    )


@register.simple_tag(takes_context=True)
def lesson_live_block(context, block, lesson_id, lesson_ids, with_notes):
    """A reflection block with the teacher's note and form (a part: cms/parts/live_block.html)."""
    from types import SimpleNamespace

    from cms.page_cache import body_render

    marks = lesson_marks(context, lesson_id, lesson_ids, with_notes)
    values = {**context.flatten(), "lesson_page": SimpleNamespace(pk=lesson_id), "reflection_notes": marks.notes}
    return body_render(segments=[("live", block)], context=values)


@register.simple_tag(takes_context=True)
def page_href(context, page) -> str:
    """`{% pageurl %}` that can be kept with `as` (a part's argument)."""
    return page.get_url(request=context.get("request")) if page is not None else ""


@register.filter
def model_label(page) -> str:
    return page.specific_class._meta.label_lower if page is not None else ""


@register.inclusion_tag("cms/includes/page_links.html", takes_context=True)
def page_links(context, page):
    """Links other apps add at the end of the page (cms.page_links), e.g. the page's discussion with its count."""
    from cms.page_links import page_links as links

    request = context.get("request")
    return {"links": links(page=page, request=request) if request is not None and page.pk else []}


@register.inclusion_tag("cms/includes/page_links.html", takes_context=True)
def page_links_for(context, page_id, page_model):
    """page_links for a page known by id and model (a part: the links' counts change without a publish)."""
    from django.apps import apps

    page = apps.get_model(page_model)(pk=page_id)  # a page type's pk is its page_ptr_id
    page.id = page_id
    return page_links(context, page)
