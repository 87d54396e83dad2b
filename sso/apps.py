from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


def check_role_mappings(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """A mapping to a role we do not have would silently grant nothing: say so at start-up."""
    from django.conf import settings

    from accounts.roles import Role

    errors = []
    for kind, config in (getattr(settings, "SOCIALACCOUNT_PROVIDERS", None) or {}).items():
        for app in config.get("APPS", []):
            app_settings = app.get("settings", {})
            roles_map = app_settings.get("roles_map") or {}
            if not isinstance(roles_map, dict):
                errors.append(
                    checks.Error(f"{kind} provider {app.get('name')!r}: roles_map must be an object.", id="sso.E001")
                )
                continue
            unknown = sorted({role for role in roles_map.values() if role not in Role.values})
            if unknown:
                errors.append(
                    checks.Error(
                        f"{kind} provider {app.get('name')!r}: roles_map names roles that do not exist: "
                        f"{', '.join(map(str, unknown))}.",
                        hint=f"Use the group names of the roles: {', '.join(Role.values)}.",
                        id="sso.E002",
                    )
                )
    return errors


class SsoConfig(AppConfig):
    name = "sso"
    verbose_name = _("Single sign-on")

    def ready(self) -> None:
        checks.register(check_role_mappings)
