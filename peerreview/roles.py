"""What each role may do with peer review's models (collected by accounts.roles).

Teachers act only on their own work and reviews (checked in the views); trainers grade from the queue with
assessments' trainer rule; the settings per item and cohort are edited in the Django admin by administrators."""

from accounts.roles import Role

_SETTINGS = [
    f"peerreview.{a}_{m}" for m in ("peerreviewsetting", "peercohortsetting") for a in ("add", "change", "view")
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.TRAINER: _SETTINGS,
    Role.ADMINISTRATOR: _SETTINGS,
}
