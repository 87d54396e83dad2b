from django.urls import path

from . import endorsement_views, offline_views, views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify, name="verify"),
    # Before verify/<code>/, which would otherwise take "offline" for a code.
    path("verify/offline/", offline_views.verify_offline, name="verify_offline"),
    path("verify/offline/sw.js", offline_views.verify_offline_sw, name="verify_offline_sw"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
    path("certificates/<str:code>.pdf", views.certificate_pdf, name="pdf"),
    path("certificates/<str:code>/endorse/", endorsement_views.endorse, name="endorse"),
    path("credentials/status/<int:list_id>.json", views.status_list, name="status_list"),
    path(
        "credentials/endorsements/<str:public_id>.json",
        endorsement_views.endorsement_credential,
        name="endorsement_credential",
    ),
    path("credentials/<str:code>.json", views.credential_json, name="credential"),
    path("me/certificates/", views.my_certificates, name="mine"),
    path(
        "me/certificates/endorsements/<str:public_id>/remove/",
        endorsement_views.endorsement_remove,
        name="endorsement_remove",
    ),
]
