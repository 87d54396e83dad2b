"""Peer review tells people through the notifications app (one layer below ours, ADR 0190)."""

from notifications.services import notification_send


def notify(*, recipient, kind: str, url: str, params: dict | None = None, actor=None, dedupe_key: str | None = None):
    """kind: "peer_review.waiting" (a review to write), "peer_review.received" (a peer reviewed your work),
    "peer_review.graded" (your work has its grade). Never names a peer: `actor` stays None to keep anonymity."""
    if recipient is None:
        return
    notification_send(recipient=recipient, kind=kind, actor=actor, url=url, params=params or {}, dedupe_key=dedupe_key)
