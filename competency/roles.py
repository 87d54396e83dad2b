"""What each role may do with framework data (collected by accounts.roles; role names are the groups' names)."""

_FRAMEWORK_EDIT = [
    f"competency.{action}_{model}"
    for model in ("framework", "level", "aspect", "competency", "objective", "crosswalklink")
    for action in ("add", "change", "view")
]
_PROGRESS_VIEW = [
    "competency.view_competencyevidence",
    "competency.view_competencymastery",
    "competency.view_levelattainment",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    "Trainer": [*_FRAMEWORK_EDIT, *_PROGRESS_VIEW],
    "Reviewer": [p for p in _FRAMEWORK_EDIT if p.split(".")[1].startswith("view_")],
    "Administrator": [*_FRAMEWORK_EDIT, *[f"competency.delete_{m}" for m in ("objective", "crosswalklink")]],
}
