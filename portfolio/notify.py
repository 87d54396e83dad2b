"""The portfolio tells people through the notifications app (one layer below ours, ADR 0190)."""

from notifications.services import notification_send


def notify(*, recipient, kind: str, actor=None, url: str, params: dict, dedupe_key: str | None = None) -> None:
    notification_send(recipient=recipient, kind=kind, actor=actor, url=url, params=params, dedupe_key=dedupe_key)
