"""Wagtail's users app, with the admin's user forms asking for the one legal name (accounts/wagtail_users.py).

Its own module: INSTALLED_APPS imports it before models are ready, and the forms module needs the user model.
"""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.wagtail_users.LegalNameUserViewSet"
