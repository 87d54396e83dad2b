from django.contrib import admin

from .models import MentorGroup, MentorGroupMember


class MentorGroupMemberInline(admin.TabularInline):
    model = MentorGroupMember
    raw_id_fields = ["teacher"]
    extra = 0


@admin.register(MentorGroup)
class MentorGroupAdmin(admin.ModelAdmin):
    """Administrators fix a group by hand (a mentor who left); trainers use /portfolio/cohort/<id>/mentors/."""

    list_display = ["cohort", "mentor", "created_at"]
    raw_id_fields = ["cohort", "mentor"]
    inlines = [MentorGroupMemberInline]
