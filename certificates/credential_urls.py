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
    path("tsa.pem", pki_views.tsa_roots_pem, name="tsa-pem"),
]

# The site's DID document (ADR 0110), where did:web resolvers look: /.well-known/did.json for a SITE_URL without a
# path, <path>/did.json for one with a path (both relative to where this app is mounted). Included from config/urls.py.
did_urlpatterns = [
    path(".well-known/did.json", credential_views.issuer_did_document, name="did"),
    path("did.json", credential_views.issuer_did_document, name="did_path"),
]
