from django import forms
from django.utils.translation import gettext_lazy as _

from .kinds import KINDS
from .models import EmailMode


class PreferencesForm(forms.Form):
    kinds_on = forms.MultipleChoiceField(
        label=_("Tell me when"), required=False, widget=forms.CheckboxSelectMultiple, choices=()
    )
    email_mode = forms.ChoiceField(label=_("E-mails"), choices=EmailMode.choices, widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kinds_on"].choices = [(k.name, k.label) for k in KINDS.values()]
