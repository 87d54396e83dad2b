from django import forms
from django.utils.translation import gettext_lazy as _


class ErasureForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To be sure it is you."),
    )
    understood = forms.BooleanField(
        label=_("I understand that my account will be erased now and cannot be restored."), required=True
    )
    revoke_certificates = forms.BooleanField(
        label=_("Also revoke my certificates"),
        required=False,
        help_text=_(
            "A certification officer handles the revocation; until then, and if you leave this unticked, "
            "your certificates keep verifying with the name they were issued to."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.has_usable_password():
            raise forms.ValidationError(_("Your account has no password yet: set one first, then come back here."))
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password; type the password you sign in with."))
        return password
