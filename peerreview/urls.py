from django.urls import path

from . import sync_views, views

app_name = "peerreview"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:setting>/", views.item, name="item"),
    path("<int:setting>/calibrate/", views.calibrate, name="calibrate"),
    path("<int:setting>/self/", views.self_assessment, name="self"),
    path("review/<int:review>/", views.review, name="review"),
    path("review/<int:review>/file/", views.review_file, name="review_file"),
    path("review/<int:review>/report/", views.feedback_report, name="feedback_report"),
    path("queue/", views.queue, name="queue"),
    path("queue/feedback/<int:review>/", views.feedback_decide, name="feedback_decide"),
    path("queue/<int:submission>/", views.decide, name="decide"),
    path("cohorts/<int:cohort>/", views.cohort_report, name="cohort_report"),
    path("sync/", sync_views.reviews_sync, name="sync"),
    path("download/", sync_views.reviews_download, name="download"),
]
