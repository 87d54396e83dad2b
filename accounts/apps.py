from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs) -> None:
    from django.apps import apps
    from django.contrib.auth.models import Group, Permission

    # post_migrate is sent once per app; the permissions of every app exist only after the last one.
    if sender is not [config for config in apps.get_app_configs() if config.models_module is not None][-1]:
        return

    from .roles import roles_sync

    roles_sync(Group, Permission)


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        # Later apps add permissions after accounts' data migration ran; keep the roles complete.
        post_migrate.connect(_sync_roles, dispatch_uid="accounts.sync_roles")

        from django.contrib.auth.signals import user_logged_in

        from .language import on_user_logged_in

        user_logged_in.connect(on_user_logged_in, dispatch_uid="accounts.preferred_language")

        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed

        from .receivers import on_groups_changed

        m2m_changed.connect(
            on_groups_changed, sender=get_user_model().groups.through, dispatch_uid="accounts.audit_role_changes"
        )
