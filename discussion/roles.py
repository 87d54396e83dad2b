"""Module and lesson discussions are moderated by trainers and administrators; a cohort's by its trainers and the
administrators whatever this says (discussion.permissions, ADR 0191)."""

from accounts.roles import Role

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.TRAINER: ["discussion.moderate_post"],
    Role.ADMINISTRATOR: ["discussion.moderate_post"],
}
