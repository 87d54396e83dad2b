from django.urls import path

from . import pwa_views

urlpatterns = [
    path("sw.js", pwa_views.service_worker, name="pwa_service_worker"),
    path("manifest.webmanifest", pwa_views.web_manifest, name="pwa_manifest"),
    path("offline/", pwa_views.offline_page, name="pwa_offline"),
]
