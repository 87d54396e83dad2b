"""Certificates in the Wagtail admin: a read-only listing; issuing, re-issuing and revoking by hand are requests that
another certification officer approves in the request queue (ADR 0113), one or in bulk."""

from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, endorsement_admin_views
from .models import Certificate, RequestKind
from .scope import is_certification_officer, may_request, may_request_for_anyone
from .services import CertificateError, certificate_request_create


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Nobody deletes a certificate, superusers included: revoke it instead.

    A deleted certificate would answer NOT FOUND instead of REVOKED, and its status-list bit would fall back to
    "in force", so copies of its signed credential would keep verifying offline.
    """

    def user_has_permission(self, user, action: str) -> bool:
        if action == "add":
            # "Add" is asking to issue by hand (the request form): nobody holds add_certificate itself (ADR 0113).
            return user.has_perm("certificates.add_certificaterequest")
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
        return admin_views.request_issue_view

    @property
    def edit_view(self):
        return _edit_redirect

    def get_queryset(self, request):
        return Certificate.objects.select_related("user", "level")


register_snippet(CertificateViewSet)


def _may_request(user) -> bool:
    return user.has_perm(admin_views.REQUEST_PERM) and may_request(user)


@hooks.register("register_admin_urls")
def certificate_admin_urls():
    return [
        path("certificates/<int:pk>/revoke/", admin_views.request_revoke_view, name="certificates_revoke"),
        path("certificates/<int:pk>/reissue/", admin_views.request_reissue_view, name="certificates_reissue"),
        path("certificate-requests/", admin_views.requests_view, name="certificates_requests"),
        path(
            "certificate-requests/<int:pk>/approve/",
            admin_views.request_approve_view,
            name="certificates_request_approve",
        ),
        path(
            "certificate-requests/<int:pk>/reject/", admin_views.request_reject_view, name="certificates_request_reject"
        ),
        path(
            "certificate-requests/<int:pk>/withdraw/",
            admin_views.request_withdraw_view,
            name="certificates_request_withdraw",
        ),
        path("endorsements/", endorsement_admin_views.endorsements_view, name="certificates_endorsements"),
        path(
            "endorsements/<str:public_id>/withdraw/",
            endorsement_admin_views.endorsement_take_down_view,
            name="certificates_endorsement_take_down",
        ),
    ]


class _RequestsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_certification_officer(request.user) or _may_request(request.user)


@hooks.register("register_admin_menu_item")
def certificate_requests_menu_item():
    return _RequestsMenuItem(_("Certificate requests"), reverse("certificates_requests"), icon_name="tasks", order=251)


class _EndorsementsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_request_for_anyone(request.user)


@hooks.register("register_admin_menu_item")
def endorsements_menu_item():
    return _EndorsementsMenuItem(
        _("Endorsements"), reverse("certificates_endorsements"), icon_name="doc-full", order=252
    )


@hooks.register("register_snippet_listing_buttons")
def certificate_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Certificate) or not snippet.is_current or not _may_request(user):
        return []
    return [
        ListingButton(_("Ask to re-issue"), reverse("certificates_reissue", args=[snippet.pk]), priority=20),
        ListingButton(_("Ask to revoke"), reverse("certificates_revoke", args=[snippet.pk]), priority=30),
    ]


class _CertificateBulkAction(SnippetBulkAction):
    """Bulk re-issue and revoke send one request per certificate, with one reason, for another officer to decide."""

    models = [Certificate]
    template_name = "certificates/admin/confirm_bulk.html"
    form_class = admin_views.ReasonForm
    kind = ""

    def check_perm(self, obj):
        return _may_request(self.request.user) and obj.is_current

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "user": self.request.user,
            "reason": self.cleaned_form.cleaned_data["reason"],
            "kind": self.kind,
        }

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d request sent for approval.", "%(count)d requests sent for approval.", num_parent_objects
        ) % {"count": num_parent_objects}

    @classmethod
    def execute_action(cls, objects, reason="", user=None, kind="", **kwargs):
        done = 0
        for certificate in objects:
            try:
                certificate_request_create(
                    requester=user,
                    kind=kind,
                    teacher=certificate.user,
                    level=certificate.level,
                    certificate=certificate,
                    reason=reason,
                )
                done += 1
            except CertificateError:
                # Out of the asker's scope, their own, or no longer in force: the count says how many went.
                continue
        return done, 0


@hooks.register("register_bulk_action")
class RevokeBulkAction(_CertificateBulkAction):
    display_name = _("Ask to revoke")
    action_type = "revoke"
    aria_label = _("Ask to revoke the selected certificates")
    action_priority = 40
    kind = RequestKind.REVOKE
    confirm_text = _(
        "Ask to revoke these certificates? Once another certification officer approves, their verification pages "
        "show REVOKED with your reason."
    )


@hooks.register("register_bulk_action")
class ReissueBulkAction(_CertificateBulkAction):
    display_name = _("Ask to re-issue")
    action_type = "reissue"
    aria_label = _("Ask to re-issue the selected certificates")
    action_priority = 50
    kind = RequestKind.REISSUE
    confirm_text = _(
        "Ask to re-issue these certificates from the holders' current details? Once approved, the old ones become "
        "SUPERSEDED."
    )
