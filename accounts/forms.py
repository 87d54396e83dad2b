from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import User


def _legal_name_clean(value: str) -> str:
    # Only whitespace is tidied: the name is kept in the exact script and spelling the teacher typed.
    name = " ".join(value.split())
    if not name:
        raise forms.ValidationError(_("Enter your name as it must appear on your certificates."))
    return name


class LoginForm(AllauthLoginForm):
    """allauth's log-in form, with a label that says both a username and an email address work."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = _("Username or email")
        login.widget.attrs["autocomplete"] = "username"
        login.widget.attrs.pop("placeholder", None)


class SignupExtraForm(forms.Form):
    """Extra fields on allauth's sign-up form."""

    legal_name = forms.CharField(
        label=_("Legal name"),
        max_length=200,
        required=True,
        help_text=_("Your name exactly as it must appear on your certificates, in any script."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def clean_legal_name(self) -> str:
        return _legal_name_clean(self.cleaned_data["legal_name"])

    def signup(self, request, user) -> None:
        user.legal_name = self.cleaned_data["legal_name"]
        # The language the teacher signed up in is the best first guess of the one they prefer.
        language = getattr(request, "LANGUAGE_CODE", None) or get_language()
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        user.save(update_fields=["legal_name", "preferred_language"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            # One name (ADR 0140): the legal name, as certificates print it and as the site addresses the person.
            "legal_name",
            "preferred_language",
            "country",
            "region",
            "school",
            "data_saver",
        ]
        widgets = {
            "legal_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "country": forms.TextInput(attrs={"autocomplete": "country-name"}),
            "region": forms.TextInput(attrs={"autocomplete": "address-level1"}),
            "school": forms.TextInput(attrs={"autocomplete": "organization"}),
        }

    def clean_legal_name(self) -> str:
        return _legal_name_clean(self.cleaned_data["legal_name"])
