"""Reads: the unread count for the header, the list page, a notification's sentence in a language."""

from django.core.cache import cache
from django.db.models import QuerySet
from django.utils import translation
from django.utils.translation import gettext

from .kinds import KINDS
from .models import Notification, NotificationPreferences
from .services import unread_cache_key

FORMER_MEMBER_PREFIX = "former-member-"  # accounts.personal_data.pseudonym: an erased account's username


def actor_name(user) -> str:
    if user is None or user.username.startswith(FORMER_MEMBER_PREFIX):
        return gettext("a former member")
    return user.display_name


def unread_count(*, user) -> int:
    """Cached per person until a notification arrives or is read: the header costs one cache read per page."""
    key = unread_cache_key(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
        cache.set(key, count, 24 * 3600)  # dropped on every change (services), so it may live long
    return count


def notifications_for(*, user) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user).select_related("actor")


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return ""  # a sender that left a placeholder out shows an empty gap, not an error page


def notification_text(*, notification: Notification, language: str | None = None) -> str:
    """The kind's sentence with its placeholders filled, in `language` (default: the active one)."""
    kind = KINDS.get(notification.kind)
    with translation.override(language or translation.get_language()):
        if kind is None:  # a kind its app no longer registers: still listed, in a neutral sentence
            return gettext("Something happened that concerns you.")
        params = _Params(notification.params)
        params["actor"] = actor_name(notification.actor)
        return str(kind.sentence) % params


def preferences_for(*, user) -> NotificationPreferences:
    return NotificationPreferences.objects.filter(user=user).first() or NotificationPreferences(user=user)
