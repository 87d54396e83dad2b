"""`{{ level|name_in }}`: a framework part's name in the active language (or a given one), English otherwise."""

from django import template

register = template.Library()


@register.filter
def name_in(obj, language: str | None = None) -> str:
    if obj is None:
        return ""
    method = getattr(obj, "name_in", None)
    if method is None:
        return str(obj)
    return method(language or None)


@register.filter
def label_in(obj, language: str | None = None) -> str:
    """ "KA · Acquisition des connaissances"; a framework: its name and version, both in the language."""
    if obj is None:
        return ""
    method = getattr(obj, "label_in", None)
    if method is None:
        return str(obj)
    return method(language or None)


@register.filter
def name_is_official(obj, language: str | None = None) -> bool:
    method = getattr(obj, "name_is_official", None)
    return True if method is None else method(language or None)
