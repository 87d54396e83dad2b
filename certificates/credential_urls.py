from django.urls import path

from certificates import credential_views, pki_views

app_name = "certificates_credential"

urlpatterns = [
    path("", credential_views.issuer_profile, name="issuer"),
    path("keys.json", credential_views.issuer_keys, name="keys"),
    path("keys/<str:key_id>.json", credential_views.issuer_key, name="key"),
    path("root.pem", pki_views.root_pem, name="root-pem"),
    path("root.cer", pki_views.root_der, name="root-cer"),
    path("root.crl", pki_views.root_revocation_list, name="root-crl"),
]
