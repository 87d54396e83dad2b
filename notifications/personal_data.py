"""What notifications hold about a person (privacy.registry, ADR 0151): what they were told, and their preferences.
Erasing deletes both: a notification is only ever about its recipient. Notifications where they were the actor
stay with their recipients, and name them "a former member" from then on (the name is read when shown)."""

from .models import Notification, NotificationPreferences
from .selectors import notification_text


def export(*, user) -> dict[str, list[dict]]:
    rows = []
    for n in Notification.objects.filter(recipient=user).select_related("actor").order_by("created_at", "id"):
        rows.append(
            {
                "kind": n.kind,
                "text": notification_text(notification=n, language=user.preferred_language),
                "url": n.url,
                "created_at": n.created_at,
                "read_at": n.read_at,
                "emailed_at": n.emailed_at,
            }
        )
    return {
        "notifications": rows,
        "notification_preferences": list(
            NotificationPreferences.objects.filter(user=user).values("kinds_off", "email_mode")
        ),
    }


def erase(*, user) -> dict[str, int]:
    return {
        "notifications": Notification.objects.filter(recipient=user).delete()[0],
        "notification_preferences": NotificationPreferences.objects.filter(user=user).delete()[0],
    }
