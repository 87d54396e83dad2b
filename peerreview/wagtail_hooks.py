"""Trainers switch peer review on per item, and reach the peer-review queue, from the Wagtail admin."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments.permissions import user_is_trainer

from .models import PeerCohortSetting, PeerReviewSetting


class PeerReviewSettingViewSet(SnippetViewSet):
    model = PeerReviewSetting
    icon = "group"
    menu_label = _("Items graded by peers")
    list_display = ["question", "enabled", "reviews_required", "reassign_after_hours", "disagreement_threshold"]


class PeerCohortSettingViewSet(SnippetViewSet):
    model = PeerCohortSetting
    icon = "user"
    menu_label = _("Names in peer review, per cohort")
    list_display = ["cohort", "names_visible"]


class PeerReviewGroup(SnippetViewSetGroup):
    items = (PeerReviewSettingViewSet, PeerCohortSettingViewSet)
    menu_icon = "group"
    menu_label = _("Peer review")
    menu_name = "peer-review"


register_snippet(PeerReviewGroup)


class TrainerMenuItem(MenuItem):
    def is_shown(self, request):
        return user_is_trainer(request.user)


@hooks.register("register_admin_menu_item")
def peer_queue_menu_item():
    return TrainerMenuItem(_("Peer review queue"), reverse("peerreview:queue"), icon_name="group", order=313)
