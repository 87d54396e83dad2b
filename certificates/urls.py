from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
    path("certificates/<str:code>.pdf", views.certificate_pdf, name="pdf"),
    path("credentials/status/<int:list_id>.json", views.status_list, name="status_list"),
    path("credentials/<str:code>.json", views.credential_json, name="credential"),
    path("me/certificates/", views.my_certificates, name="mine"),
]
