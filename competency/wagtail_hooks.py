"""The competency framework in the Wagtail admin: snippets, deletion guard, import/export pages."""

from django.contrib import messages
from django.db import transaction
from django.db.models import ProtectedError
from django.db.models.deletion import Collector
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from competency import admin_views
from competency.admin_forms import AspectAdminForm, CompetencyAdminForm, LevelAdminForm, ObjectiveAdminForm
from competency.models import Aspect, Competency, Framework, Level, Objective
from competency.services import FrameworkLoadError, framework_delete, framework_has_dependents

SUBMENU_HOOK = "register_competency_framework_menu_item"


class FrameworkIndexView(IndexView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(admin_views.EXPORT_PERMISSION):
            buttons.append(
                HeaderButton(_("Import / export"), url=reverse("competency_interchange"), icon_name="download")
            )
        return buttons


class FrameworkViewSet(SnippetViewSet):
    model = Framework
    icon = "list-ul"
    menu_label = gettext_lazy("Frameworks")
    index_view_class = FrameworkIndexView
    list_display = ["name", "version", "slug", "is_current", "publisher"]
    list_filter = ["is_current"]
    search_fields = ["name", "slug", "version", "publisher"]
    copy_view_enabled = False
    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("name"), FieldPanel("version")]), FieldPanel("slug"), FieldPanel("is_current")],
            heading=gettext_lazy("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("publisher"), FieldPanel("year")]),
                FieldRowPanel([FieldPanel("licence"), FieldPanel("licence_url")]),
                FieldPanel("source_url"),
                FieldPanel("attribution"),
                FieldPanel("description"),
            ],
            heading=gettext_lazy("Source and licence"),
        ),
        MultiFieldPanel(
            [FieldPanel("mastery_threshold"), FieldPanel("requires_previous_level"), FieldPanel("evidence_policy")],
            heading=gettext_lazy("Level rule"),
            help_text=gettext_lazy("Copied onto every mastery and level decision when it is made."),
        ),
    ]


class LevelViewSet(SnippetViewSet):
    model = Level
    icon = "order"
    menu_label = gettext_lazy("Levels")
    list_display = ["code", "name", "framework", "order", "validity_months"]
    list_filter = ["framework"]
    search_fields = ["code", "name"]
    copy_view_enabled = False
    panels = [
        FieldPanel("framework"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("order")]),
        FieldPanel("name"),
        FieldPanel("summary"),
        FieldPanel("validity_months"),
    ]


class AspectViewSet(SnippetViewSet):
    model = Aspect
    icon = "tag"
    menu_label = gettext_lazy("Aspects")
    list_display = ["code", "name", "framework", "order"]
    list_filter = ["framework"]
    search_fields = ["code", "name"]
    copy_view_enabled = False
    panels = [
        FieldPanel("framework"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("order")]),
        FieldPanel("parent"),
        FieldPanel("name"),
        FieldPanel("summary"),
    ]


class CompetencyViewSet(SnippetViewSet):
    model = Competency
    icon = "success"
    menu_label = gettext_lazy("Competencies")
    list_display = ["code", "title", "level", "aspect", "parent", "framework", "retired"]
    list_filter = ["framework", "level", "aspect", "retired"]
    search_fields = ["code", "title", "description"]
    copy_view_enabled = False
    panels = [
        FieldPanel("framework"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("aspect")]),
        FieldPanel("parent"),
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("description"),
    ]

    def get_queryset(self, request):
        return Competency.objects.select_related("framework", "level", "aspect", "parent")


class ObjectiveViewSet(SnippetViewSet):
    model = Objective
    icon = "pick"
    menu_label = gettext_lazy("Objectives")
    list_display = ["code", "text", "competency", "framework"]
    list_filter = ["framework", "competency__level", "competency__aspect"]
    search_fields = ["code", "text"]
    panels = [FieldPanel("competency"), FieldRowPanel([FieldPanel("code"), FieldPanel("order")]), FieldPanel("text")]

    def get_queryset(self, request):
        return Objective.objects.select_related("framework", "competency")


for viewset, form in (
    (LevelViewSet, LevelAdminForm),
    (AspectViewSet, AspectAdminForm),
    (CompetencyViewSet, CompetencyAdminForm),
    (ObjectiveViewSet, ObjectiveAdminForm),
):
    # The forms turn what the database would refuse (a taken cell, a frozen structure) into field errors.
    viewset.edit_handler = ObjectList(viewset.panels, base_form_class=form)

for viewset in (FrameworkViewSet, LevelViewSet, AspectViewSet, CompetencyViewSet, ObjectiveViewSet):
    # The structure's links to itself are not worth a reference-index task on every save of a
    # framework load; deletion is guarded by `guard_framework_delete` instead.
    viewset.add_to_reference_index = False


class CompetencyFrameworkGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Competency framework")
    menu_icon = "list-ul"
    menu_order = 250
    submenu_hook = SUBMENU_HOOK
    items = (FrameworkViewSet, LevelViewSet, AspectViewSet, CompetencyViewSet, ObjectiveViewSet)


hooks.register("register_admin_viewset", CompetencyFrameworkGroup)


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register(SUBMENU_HOOK)
def interchange_menu_item():
    return PermissionMenuItem(
        gettext_lazy("Import / export"),
        reverse("competency_interchange"),
        icon_name="download",
        order=900,
        permission=admin_views.EXPORT_PERMISSION,
    )


@hooks.register("register_admin_urls")
def interchange_urls():
    return [
        path("competency/interchange/", admin_views.InterchangeView.as_view(), name="competency_interchange"),
        path("competency/interchange/<slug:slug>/<str:fmt>/", admin_views.export_view, name="competency_export"),
    ]


STRUCTURE = (Framework, Level, Aspect, Competency, Objective)


def _protected(instance) -> bool:
    """Would Django refuse to delete it (a PROTECT foreign key points at it)?"""
    try:
        Collector(using="default").collect([instance])
    except ProtectedError:
        return True
    return False


@hooks.register("before_delete_snippet")
def guard_framework_delete(request, instances):
    instances = [i for i in instances if isinstance(i, STRUCTURE)]
    if not instances:
        return None
    index = instances[0].snippet_viewset.get_url_name("list")
    for obj in instances:
        if isinstance(obj, Framework) and framework_has_dependents(framework=obj):
            messages.error(
                request,
                _(
                    "%(framework)s cannot be deleted: teachers' records, modules or certificates depend on it. "
                    "Mark another framework as current instead."
                )
                % {"framework": obj},
            )
            return redirect(index)
        if not isinstance(obj, Framework) and _protected(obj):
            messages.error(
                request,
                _("%(object)s cannot be deleted: other records (competencies, evidence, modules…) depend on it.")
                % {"object": obj},
            )
            return redirect(index)
    if request.method == "POST" and isinstance(instances[0], Framework):
        # A framework's levels and aspects protect it, so Wagtail's plain delete would fail;
        # the service removes the structure with it, re-checking dependents inside its transaction.
        try:
            with transaction.atomic():
                for obj in instances:
                    framework_delete(framework=obj)
        except FrameworkLoadError as exc:
            messages.error(request, str(exc))
            return redirect(index)
        messages.success(request, _("Deleted: %(list)s.") % {"list": ", ".join(str(obj) for obj in instances)})
        return redirect(index)
    return None
