from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = BaseUserAdmin.fieldsets + (
        (_("Teacher profile"), {"fields": ("legal_name", "preferred_language", "country", "region", "school")}),
        (_("Reporting scope (regional officers)"), {"fields": ("scope_country", "scope_region")}),
    )
    list_display = ("username", "email", "legal_name", "country", "is_staff")
    search_fields = ("username", "email", "legal_name")
