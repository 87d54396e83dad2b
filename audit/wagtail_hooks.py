"""The audit log's place in the Wagtail admin: a menu item only administrators see."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .selectors import audit_can_read


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return audit_can_read(user=request.user)


@hooks.register("register_admin_urls")
def audit_admin_urls():
    return [
        path("audit/", views.audit_list_view, name="audit_list"),
        path("audit/export.csv", views.audit_export_view, name="audit_export"),
    ]


@hooks.register("register_admin_menu_item")
def audit_menu_item():
    return AuditMenuItem(_("Audit log"), reverse("audit_list"), icon_name="history", order=900)
