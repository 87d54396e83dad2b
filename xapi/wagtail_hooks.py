from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def xapi_admin_urls():
    return [
        path("xapi/", admin_views.outbox_view, name="xapi_outbox"),
        path("xapi/retry/", admin_views.outbox_retry_view, name="xapi_outbox_retry"),
    ]


class _OutboxMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("xapi.view_outboxstatement")


@hooks.register("register_admin_menu_item")
def xapi_outbox_menu_item():
    return _OutboxMenuItem(_("xAPI statements"), reverse("xapi_outbox"), icon_name="resubmit", order=254)
