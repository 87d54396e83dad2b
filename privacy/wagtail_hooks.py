from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from certificates.scope import is_certification_officer

from . import admin_views


@hooks.register("register_admin_urls")
def privacy_admin_urls():
    return [
        path("revocation-wishes/", admin_views.wishes_view, name="privacy_revocation_wishes"),
        path("revocation-wishes/<int:pk>/ask/", admin_views.wish_take_up_view, name="privacy_revocation_wish_ask"),
    ]


class _WishesMenuItem(MenuItem):
    def is_shown(self, request):
        return is_certification_officer(request.user)


@hooks.register("register_admin_menu_item")
def revocation_wishes_menu_item():
    return _WishesMenuItem(_("Revocation wishes"), reverse("privacy_revocation_wishes"), icon_name="warning", order=252)
