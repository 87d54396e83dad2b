"""Where a person lands after signing in, by role, when no `next` says otherwise (allauth checks `next` is safe)."""

from django.urls import reverse

from .roles import Role

# First match wins: the page each role works from every day.
_LANDINGS: tuple[tuple[set[str], str], ...] = (
    ({Role.ADMINISTRATOR}, "wagtailadmin_home"),
    ({Role.TRAINER}, "cohorts:list"),
    ({Role.REVIEWER, Role.CERTIFICATION_OFFICER}, "wagtailadmin_home"),
    ({Role.REGIONAL_OFFICER}, "cohorts:overview"),
)


def landing_url(*, user) -> str:
    if user.is_superuser:
        return reverse("wagtailadmin_home")
    roles = set(user.groups.values_list("name", flat=True))
    for wanted, url_name in _LANDINGS:
        if roles & {r.value for r in wanted}:
            return reverse(url_name)
    return reverse("cms:my_learning")
