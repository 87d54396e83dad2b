from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def notification_unread(context) -> int:
    """The header's unread count: cached per person (notifications.selectors.unread_count), 0 for visitors."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return 0
    from notifications.selectors import unread_count

    return unread_count(user=user)
