from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("privacy/", views.privacy_notice, name="notice"),
    path("me/privacy/", views.my_privacy, name="me"),
    path("me/privacy/export/", views.export_create, name="export_create"),
    path("me/privacy/export/<uuid:export>/", views.export_download, name="export_download"),
    path("me/privacy/erase/", views.erase, name="erase"),
]
