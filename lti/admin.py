"""Registration by hand: an administrator enters the platform's values (README, "Connect to an LMS")."""

from django.contrib import admin

from .models import Deployment, Platform


class DeploymentInline(admin.TabularInline):
    model = Deployment
    extra = 1


@admin.register(Platform)
class PlatformAdmin(admin.ModelAdmin):
    list_display = ("name", "issuer", "client_id", "instructors_are_trainers", "is_active")
    search_fields = ("name", "issuer", "client_id")
    inlines = [DeploymentInline]
