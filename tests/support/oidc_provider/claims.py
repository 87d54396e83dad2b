"""Claims of the test provider's users, read from the JSON file named by OIDC_USERS_FILE at every request."""

import json

from django.conf import settings
from oidc_provider.lib.claims import ScopeClaims


def _claims_of(user) -> dict:
    with open(settings.OIDC_USERS_FILE, encoding="utf-8") as handle:
        return json.load(handle)[user.username]["claims"]


def userinfo(claims: dict, user) -> dict:
    """Standard claims (profile, email, locale)."""
    own = _claims_of(user)
    for name in claims:
        if name in own:
            claims[name] = own[name]
    return claims


class MinistryScopeClaims(ScopeClaims):
    """The "ministry" scope: the national teacher ID and the ministry's roles, as a ministry provider would add."""

    info_ministry = ("Ministry", "Your national teacher ID and your roles.")

    def scope_ministry(self) -> dict:
        own = _claims_of(self.user)
        return {name: own[name] for name in ("teacher_id", "roles") if name in own}
