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
