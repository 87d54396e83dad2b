from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group

from .roles import Role


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            # Everyone who signs up is a teacher; other roles are granted by an administrator.
            group, _ = Group.objects.get_or_create(name=Role.TEACHER.value)
            user.groups.add(group)
        return user
