"""The admin's user forms ask for the one name we keep (ADR 0140), not Wagtail's first and last name.

A person's name is the legal name printed on their certificates, in any script and any order; splitting it into
first and last name fits few of the names our teachers carry, and a second name field beside it drifts apart.
"""

from django.contrib.auth import get_user_model
from django.forms import CheckboxSelectMultiple
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

User = get_user_model()
FIELDS = {User.USERNAME_FIELD, "email", "legal_name", "is_superuser", "groups"}


class LegalNameUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = FIELDS
        widgets = {"groups": CheckboxSelectMultiple}


class LegalNameUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = FIELDS | {"is_active"}
        widgets = {"groups": CheckboxSelectMultiple}


class LegalNameUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return LegalNameUserEditForm if for_update else LegalNameUserCreationForm
