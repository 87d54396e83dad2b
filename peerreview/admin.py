from django.contrib import admin

from .models import PeerCohortSetting, PeerReviewSetting


@admin.register(PeerReviewSetting)
class PeerReviewSettingAdmin(admin.ModelAdmin):
    list_display = ("question", "enabled", "reviews_required", "reassign_after_hours", "disagreement_threshold")
    raw_id_fields = ("question", "calibration_scored_by")


@admin.register(PeerCohortSetting)
class PeerCohortSettingAdmin(admin.ModelAdmin):
    list_display = ("cohort", "names_visible")
