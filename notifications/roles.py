"""Notifications belong to their recipient; no role grants access to anyone else's (ADR 0190)."""

ROLE_PERMISSIONS: dict[str, list[str]] = {}
