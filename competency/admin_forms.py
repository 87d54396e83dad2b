"""Admin forms for the framework snippets: what the database would refuse becomes a form error.

Once teachers' records depend on a framework, its structure (codes, orders, cells) is frozen here
just as `framework_load` freezes it, so a trainer cannot renumber what a certificate was issued for.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from competency.models import Competency, Objective
from competency.services import framework_has_dependents


def _label(obj) -> str:
    """The part's code and name in the admin user's language; objectives (no translated names) as they are."""
    method = getattr(obj, "label_in", None)
    return method() if method else str(obj)


def _label_with_framework(form: forms.Form, *names: str) -> None:
    """Levels "KD", aspects "1" and competencies "KD.1" exist in several versions: show which."""
    for name in names:
        field = form.fields.get(name)
        if field is not None:
            field.queryset = field.queryset.select_related("framework")
            field.label_from_instance = lambda obj: f"{obj.framework.slug} · {_label(obj)}"
            # A plain select (not Wagtail's snippet chooser modal): short lists, and it works without JS.
            field.widget = forms.Select(choices=field.choices)


class FrozenStructureForm(WagtailAdminModelForm):
    #: Fields that renumber or move the item; refused once records depend on its framework.
    structural_fields: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _label_with_framework(self, "level", "aspect")

    def clean(self):
        cleaned = super().clean()
        changed = [f for f in self.structural_fields if f in self.changed_data]
        framework = getattr(self.instance, "framework", None) if self.instance.framework_id else None
        if self.instance.pk and changed and framework and framework_has_dependents(framework=framework):
            message = _(
                "Teachers' records, modules or certificates depend on %(framework)s: this field cannot change. "
                "Import or load a new framework version instead."
            ) % {"framework": framework}
            for name in changed:
                self.add_error(name, message)
        return cleaned


class LevelAdminForm(FrozenStructureForm):
    structural_fields = ("framework", "code", "order")


class AspectAdminForm(FrozenStructureForm):
    structural_fields = ("framework", "code", "order")


class CompetencyAdminForm(FrozenStructureForm):
    structural_fields = ("framework", "level", "aspect", "code")

    def clean(self):
        cleaned = super().clean()
        level, aspect = cleaned.get("level"), cleaned.get("aspect")
        if bool(level) != bool(aspect):
            # A cell of the grid has both; a node of a tree has neither and a parent instead (ADR 0180).
            self.add_error("aspect" if level else "level", _("Give both a level and an aspect, or neither."))
        if level and aspect:
            taken = (
                Competency.objects.filter(level=level, aspect=aspect, retired=False)
                .exclude(pk=self.instance.pk)
                .first()
            )
            if taken:
                self.add_error(
                    "aspect",
                    _("%(other)s already fills this cell (%(level)s × %(aspect)s).")
                    % {"other": taken.code, "level": level.code, "aspect": aspect.code},
                )
        return cleaned


class ObjectiveAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _label_with_framework(self, "competency")

    def clean(self):
        cleaned = super().clean()
        competency, code = cleaned.get("competency"), cleaned.get("code")
        if competency and code:
            # The framework is not on the form (it follows the competency), so check its unique code here.
            clash = (
                Objective.objects.filter(framework_id=competency.framework_id, code=code)
                .exclude(pk=self.instance.pk)
                .exists()
            )
            if clash:
                self.add_error(
                    "code", _("Another objective of this framework already has the code %(code)s.") % {"code": code}
                )
            self.instance.framework_id = competency.framework_id
        return cleaned


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File"), help_text=_("UTF-8, at most 2 MB."))
    fmt = forms.ChoiceField(label=_("Format"))
    slug = forms.SlugField(
        label=_("Slug"),
        max_length=50,
        required=False,
        help_text=_(
            "Leave empty to use the file's, or to update the framework the file is a newer version of; "
            "another slug makes a copy."
        ),
    )
    version = forms.CharField(
        label=_("Version"),
        max_length=20,
        required=False,
        help_text=_("Leave empty to use the file's; a Moodle CSV carries none (1 for a new framework)."),
    )
    name = forms.CharField(
        label=_("Name"), max_length=200, required=False, help_text=_("Leave empty to use the file's.")
    )

    def __init__(self, *args, formats: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fmt"].choices = [(key, label) for key, (label, _ext, _mime) in formats.items()]
