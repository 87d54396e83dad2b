"""Certificates in the Wagtail admin: a read-only listing with issue, re-issue and revoke, one or in bulk."""

from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Certificate
from .services import CertificateError, certificate_reissue, certificate_revoke


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Nobody deletes a certificate, superusers included: revoke it instead.

    A deleted certificate would answer NOT FOUND instead of REVOKED, and its status-list bit would fall back to
    "in force", so copies of its signed credential would keep verifying offline.
    """

    def user_has_permission(self, user, action: str) -> bool:
        return action != "delete" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "delete"]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate), exact_class=True)


def _edit_redirect(request, pk):
    # Certificates are never edited: their content is signed. The verification page shows everything.
    return redirect(Certificate.objects.get(pk=pk).get_absolute_url())


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "code",
        Column("holder", label=_("Holder"), accessor="user"),
        Column("level", label=_("Level"), accessor="level"),
        Column("status_label", label=_("Status")),
        "issued_at",
        "expires_at",
        "manual",
    ]
    list_filter = ["level", "manual", "is_current"]
    list_per_page = 50
    inspect_view_enabled = True

    @property
    def add_view(self):
        return admin_views.issue_view

    @property
    def edit_view(self):
        return _edit_redirect

    def get_queryset(self, request):
        return Certificate.objects.select_related("user", "level")


register_snippet(CertificateViewSet)


@hooks.register("register_admin_urls")
def certificate_admin_urls():
    return [
        path("certificates/<int:pk>/revoke/", admin_views.revoke_view, name="certificates_revoke"),
        path("certificates/<int:pk>/reissue/", admin_views.reissue_view, name="certificates_reissue"),
    ]


@hooks.register("register_snippet_listing_buttons")
def certificate_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Certificate) or not snippet.is_current:
        return []
    buttons = []
    if user.has_perm(admin_views.ISSUE_PERM):
        buttons.append(ListingButton(_("Re-issue"), reverse("certificates_reissue", args=[snippet.pk]), priority=20))
    if user.has_perm(admin_views.REVOKE_PERM):
        buttons.append(ListingButton(_("Revoke"), reverse("certificates_revoke", args=[snippet.pk]), priority=30))
    return buttons


class _CertificateBulkAction(SnippetBulkAction):
    models = [Certificate]
    template_name = "certificates/admin/confirm_bulk.html"
    permission = ""

    def check_perm(self, obj):
        return self.request.user.has_perm(self.permission) and obj.is_current

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d certificate done.", "%(count)d certificates done.", num_parent_objects) % {
            "count": num_parent_objects
        }


@hooks.register("register_bulk_action")
class RevokeBulkAction(_CertificateBulkAction):
    display_name = _("Revoke")
    action_type = "revoke"
    aria_label = _("Revoke the selected certificates")
    action_priority = 40
    form_class = admin_views.RevokeForm
    permission = admin_views.REVOKE_PERM
    confirm_text = _("Revoke these certificates? Their verification pages will show REVOKED with your reason.")

    def get_execution_context(self):
        return {**super().get_execution_context(), "reason": self.cleaned_form.cleaned_data["reason"]}

    @classmethod
    def execute_action(cls, objects, reason="", user=None, **kwargs):
        for certificate in objects:
            certificate_revoke(certificate=certificate, reason=reason, by=user)
        return len(objects), 0


@hooks.register("register_bulk_action")
class ReissueBulkAction(_CertificateBulkAction):
    display_name = _("Re-issue")
    action_type = "reissue"
    aria_label = _("Re-issue the selected certificates")
    action_priority = 50
    permission = admin_views.ISSUE_PERM
    confirm_text = _("Re-issue these certificates from the holders' current details? The old ones become SUPERSEDED.")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        done = 0
        for certificate in objects:
            try:
                certificate_reissue(certificate=certificate, by=user)
                done += 1
            except CertificateError:
                continue
        return done, 0
