from django.urls import path

from .views import exports, manage, overview, reports

app_name = "cohorts"

urlpatterns = [
    path("", manage.cohort_list, name="list"),
    path("new/", manage.cohort_create, name="create"),
    path("join/", manage.join, name="join_form"),
    path("join/<str:code>/", manage.join, name="join"),
    path("<int:pk>/", manage.cohort_detail, name="detail"),
    path("<int:pk>/edit/", manage.cohort_edit, name="edit"),
    path("<int:pk>/members/add/", manage.members_add, name="members_add"),
    path("<int:pk>/members/import/", manage.members_import, name="members_import"),
    path("<int:pk>/members/<int:user_id>/remove/", manage.member_remove, name="member_remove"),
    path("<int:pk>/join-code/", manage.join_code_renew, name="join_code_renew"),
    path("<int:pk>/reports/heatmap/", reports.heatmap, name="heatmap"),
    path("<int:pk>/reports/heatmap/<str:code>/", reports.heatmap_cell, name="heatmap_cell"),
    path("<int:pk>/reports/funnel/", reports.funnel, name="funnel"),
    path("<int:pk>/reports/teachers/", reports.teachers, name="teachers"),
    path("<int:pk>/reports/items/", reports.items, name="items"),
    path("<int:pk>/reports/time-to-mastery/", reports.time_to_mastery, name="time_to_mastery"),
    path("overview/", overview.overview, name="overview"),
    path("exports/", exports.export_list, name="export_list"),
    path("exports/new/", exports.export_create, name="export_create"),
    path("exports/<uuid:export>/", exports.export_status, name="export_status"),
    path("exports/<uuid:export>/download/", exports.export_download, name="export_download"),
]
