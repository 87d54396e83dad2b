"""What each role may do with assessments and question banks (collected by accounts.roles)."""

from accounts.roles import Role

_ASSESSMENT_EDIT = [
    f"assessments.{action}_{model}"
    for model in ("assessment", "question", "rubric")
    for action in ("add", "change", "view")
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.TRAINER: _ASSESSMENT_EDIT,
    Role.ADMINISTRATOR: _ASSESSMENT_EDIT,
}
