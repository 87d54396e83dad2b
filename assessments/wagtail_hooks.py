"""Trainers author questions, rubrics and assessments in the Wagtail admin."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Assessment, Question, Rubric
from .permissions import user_is_trainer


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    list_display = ["title", "type", "difficulty", "is_active", "updated_at"]
    list_filter = ["type", "difficulty", "is_active", "alignments__competency"]
    search_fields = ["title", "text"]


class RubricViewSet(SnippetViewSet):
    model = Rubric
    icon = "list-ul"
    menu_label = _("Rubrics")
    list_display = ["title"]


class AssessmentViewSet(SnippetViewSet):
    model = Assessment
    icon = "tasks"
    menu_label = _("Assessments")
    list_display = ["title", "slug", "kind", "level"]
    list_filter = ["kind", "level"]
    search_fields = ["title", "slug"]


class AssessmentGroup(SnippetViewSetGroup):
    items = (AssessmentViewSet, QuestionViewSet, RubricViewSet)
    menu_icon = "tasks"
    menu_label = _("Assessment")
    menu_name = "assessment"


register_snippet(AssessmentGroup)


class TrainerMenuItem(MenuItem):
    def is_shown(self, request):
        return user_is_trainer(request.user)


@hooks.register("register_admin_menu_item")
def review_queue_menu_item():
    return TrainerMenuItem(_("Review queue"), reverse("assessments:review_queue"), icon_name="edit", order=310)


@hooks.register("register_admin_menu_item")
def statistics_menu_item():
    return TrainerMenuItem(_("Item statistics"), reverse("assessments:statistics_index"), icon_name="table", order=311)


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return TrainerMenuItem(_("Import questions"), reverse("assessments:import"), icon_name="upload", order=312)
