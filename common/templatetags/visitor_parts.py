"""`{% visitor_part "template.html" key=value %}`: a part of the page that differs per visitor (ADR 0162)."""

from django import template

from common.visitor_parts import FRAME_CONTEXT_KEY, part_render

register = template.Library()


@register.simple_tag(takes_context=True)
def visitor_part(context, template_name: str, **arguments):
    recorder = context.get(FRAME_CONTEXT_KEY)
    if recorder is not None:
        return recorder.slot(template_name, arguments)
    return part_render(template_name=template_name, arguments=arguments, request=context.get("request"))
