from django.urls import path

from . import offline_views, views

app_name = "cms"

urlpatterns = [
    path("my/", views.my_learning, name="my_learning"),
    path("modules/<int:page_id>/start/", views.module_start, name="module_start"),
    path("lessons/<int:page_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("lessons/<int:page_id>/reflections/<str:block_id>/", views.reflection_save, name="reflection_save"),
]

urlpatterns += [
    path("modules/<int:page_id>/offline.json", offline_views.module_offline, name="module_offline"),
    path("sync/", offline_views.progress_sync, name="progress_sync"),
]
