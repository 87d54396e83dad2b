from django.urls import path

from . import views

app_name = "discussion"

urlpatterns = [
    path("", views.index, name="index"),
    path("page/<int:page_id>/", views.page_threads, name="page"),
    path("cohort/<int:cohort_id>/", views.cohort_threads, name="cohort"),
    path("t/<int:pk>/", views.thread_detail, name="thread"),
    path("t/<int:pk>/lock/", views.thread_lock, name="lock"),
    path("p/<int:pk>/helpful/", views.post_helpful, name="helpful"),
    path("p/<int:pk>/hide/", views.post_hide, name="hide"),
    path("p/<int:pk>/report/", views.post_report, name="report"),
    path("moderation/", views.moderation, name="moderation"),
    path("overview/", views.overview, name="overview"),
]
