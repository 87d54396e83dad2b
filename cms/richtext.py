"""Render rich text through an allow-list, whatever is stored.

The Draftail editor already limits what authors can enter, but stream data can also arrive through
copies, imports or the API. Cleaning at render time means no stored value can ever reach the page as
a script, an event handler or a javascript: link.
"""

from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import RichText, expand_db_html
from wagtail.whitelist import DEFAULT_ELEMENT_RULES, Whitelister, allow_without_attributes


class _LessonWhitelister(Whitelister):
    element_rules = {**DEFAULT_ELEMENT_RULES, "blockquote": allow_without_attributes, "code": allow_without_attributes}


_whitelister = _LessonWhitelister()


def richtext_clean(value: RichText | str | None) -> SafeString:
    source = value.source if isinstance(value, RichText) else (value or "")
    return mark_safe(_whitelister.clean(expand_db_html(source)))  # noqa: S308 - cleaned by the allow-list above
