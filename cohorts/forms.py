from django import forms
from django.utils.translation import gettext_lazy as _

from cms.group_selectors import modules_live
from competency.models import Level
from competency.selectors import framework_get_current

from .models import Cohort


class CohortForm(forms.ModelForm):
    modules = forms.MultipleChoiceField(
        label=_("Modules"), required=False, widget=forms.CheckboxSelectMultiple, choices=()
    )

    class Meta:
        model = Cohort
        fields = ["name", "description", "target_level", "due_date", "join_open"]
        widgets = {
            "due_date": forms.DateInput(attrs={"type": "date"}),
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        framework = framework_get_current()
        self.fields["target_level"].queryset = Level.objects.filter(framework=framework).order_by("order")
        self.fields["target_level"].label_from_instance = lambda level: level.label_in()
        self._modules = {str(m.pk): m for m in modules_live()}
        self.fields["modules"].choices = [(pk, m.title) for pk, m in self._modules.items()]
        if self.instance.pk:
            self.initial["modules"] = [str(pk) for pk in self.instance.modules.values_list("pk", flat=True)]

    def clean_modules(self):
        return [self._modules[pk] for pk in self.cleaned_data["modules"]]


class AddMembersForm(forms.Form):
    identifiers = forms.CharField(
        label=_("Usernames or emails"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line, or separated by commas."),
    )

    def clean_identifiers(self):
        raw = self.cleaned_data["identifiers"].replace(",", "\n")
        return [line.strip() for line in raw.splitlines() if line.strip()]


class ImportMembersForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("One username or email per line in the first column; a header line is allowed."),
    )


class JoinForm(forms.Form):
    # Room for the spaces and dashes people type between groups of letters; the service removes them.
    code = forms.CharField(label=_("Join code"), max_length=40)
