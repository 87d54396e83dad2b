from django import forms
from django.contrib.auth.forms import SetPasswordForm
from django.utils.translation import gettext_lazy as _


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Teacher list (CSV)"),
        help_text=_("UTF-8, comma or semicolon separated, with the template's first line."),
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Sign-in code"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}),
    )


class ChoosePasswordForm(SetPasswordForm):
    """Django's set-password form: the password validators of the site apply."""
