from django.urls import path

from certificates import credential_views

app_name = "certificates_credential"

urlpatterns = [
    path("", credential_views.issuer_profile, name="issuer"),
    path("keys.json", credential_views.issuer_keys, name="keys"),
    path("keys/<str:key_id>.json", credential_views.issuer_key, name="key"),
]
