"""SAML: a ministry's SAML identity provider from SAML_PROVIDERS (python3-saml with xmlsec, ADR 0154).

These tests show our service-provider side as served: the metadata to register with the ministry, and a sign-in
that leaves for the IdP with a SAML request. A whole sign-in at a real SAML IdP (pysaml2) is in test_saml_sign_in.py.
"""

import base64
import json
import zlib
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from sso.provider_settings import socialaccount_providers

# python3-saml refuses URLs on a host without a domain ("testserver"); browsers send the site's real Host.
HOST = "platform.example.org"


def _certificate() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ministry IdP")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(1).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return cert.public_bytes(serialization.Encoding.PEM).decode()


@pytest.fixture
def saml(settings, db):
    entry = {
        "id": "ministry-saml",
        "name": "Ministry (SAML)",
        "idp": {
            "entity_id": "https://idp.moe.example/saml",
            "sso_url": "https://idp.moe.example/saml/sso",
            "x509cert": _certificate(),
        },
        "attribute_mapping": {"uid": "uid", "email": "mail", "email_verified": "mailVerified"},
        "roles_claim": "eduPersonAffiliation",
        "roles_map": {"faculty": "Teacher"},
    }
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers(oidc="", saml=json.dumps([entry]))
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, HOST]
    return entry


def test_the_metadata_to_register_with_the_ministry_is_served(client, saml):
    response = client.get("/accounts/saml/ministry-saml/metadata/", HTTP_HOST=HOST)

    assert response.status_code == 200
    body = response.content.decode()
    assert "EntityDescriptor" in body
    assert f"http://{HOST}/accounts/saml/ministry-saml/acs/" in body


def test_the_saml_button_leaves_for_the_ministry_with_a_request(client, saml):
    assert "Sign in with Ministry (SAML)" in client.get("/accounts/login/").text

    response = client.post("/accounts/saml/ministry-saml/login/", HTTP_HOST=HOST)

    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == "https://idp.moe.example/saml/sso"
    request = zlib.decompress(base64.b64decode(parse_qs(location.query)["SAMLRequest"][0]), -15).decode()
    assert "AuthnRequest" in request and "https://idp.moe.example/saml" in request
