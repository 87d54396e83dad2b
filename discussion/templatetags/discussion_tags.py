from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def author_name(user) -> str:
    from discussion.selectors import author_name as name

    return name(user)


@register.filter
def safe_post(stored_html: str) -> SafeString:
    """A post's HTML as rendered at posting time by discussion.formatting.render (escaped text, then nh3's
    allow-list), cleaned once more on the way out so a row written by any other path cannot carry markup."""
    from discussion.formatting import reclean

    return mark_safe(reclean(stored_html))  # noqa: S308 - nh3 allow-list: p, br, em, strong, a[href http(s)]
