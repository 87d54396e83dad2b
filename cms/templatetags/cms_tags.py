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
