from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    # "Personal info" shows the one name people give (ADR 0140) instead of Django's first and last name.
    fieldsets = (
        BaseUserAdmin.fieldsets[0],
        (_("Personal info"), {"fields": ("legal_name", "email")}),
        *BaseUserAdmin.fieldsets[2:],
        (
            _("Teacher profile"),
            {"fields": ("preferred_language", "country", "region", "school", "national_teacher_id")},
        ),
        (_("Reporting scope (regional officers)"), {"fields": ("scope_country", "scope_region")}),
    )
    list_display = ("username", "email", "legal_name", "country", "is_staff")
    search_fields = ("username", "email", "legal_name")
