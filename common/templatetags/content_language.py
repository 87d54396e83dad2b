"""`<div{% lang_attrs shown.language %}>` and `{{ names|join_list }}`: text in its own language on any page.

The logic is in common.languages (docs/decisions/0136); these are its template faces.
"""

from django import template

from common.languages import content_lang_attrs, language_direction, language_name_in_sentence, list_join

register = template.Library()


@register.simple_tag
def lang_attrs(language: str | None, page_language: str | None = None) -> str:
    """` lang="en" dir="ltr"` when the content's language is not the page's (empty language: the original)."""
    return content_lang_attrs(language, page_language=page_language or None)


@register.filter
def join_list(items, kind: str = "list") -> str:
    """ "a, b" / "a، b"; `join_list:"clauses"` joins with the language's semicolon."""
    return list_join(items or [], kind=kind)


@register.filter
def text_direction(language: str | None) -> str:
    return language_direction(language)


@register.filter
def language_in_sentence(code: str) -> str:
    return language_name_in_sentence(code)


@register.simple_tag
def list_sep(kind: str = "list") -> str:
    """The separator between items of a list built in a loop: `{% if not forloop.last %}{% list_sep %}{% endif %}`."""
    return list_join(["", ""], kind=kind)
