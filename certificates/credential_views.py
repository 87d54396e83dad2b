"""The issuer's public identity: its DID document (did:web), its signed OB 3.0 Profile, and its published keys
(current and retired) as plain JSON for our own offline tools.

Key sets never change once created, so per-key documents are cacheable for long; the lists change on rotation."""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from certificates.credentials import issuer_id, issuer_url
from certificates.credentials.did import did_document_build, multikey_method
from certificates.credentials.profile import issuer_profile_signed
from certificates.keys import (
    DEFAULT_ISSUER_NAME,
    IssuerKey,
    did_document_url,
    key_get,
    key_url,
    keys_all,
)
from certificates.models import CertificateSettings

LIST_MAX_AGE = 300
KEY_MAX_AGE = 3600  # the key never changes; its status may turn to retired


def _issuer_settings(request) -> tuple[str, str]:
    """Name and home page of the issuer, as set in the Wagtail site settings that also print on the PDFs."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return DEFAULT_ISSUER_NAME, f"{settings.SITE_URL}/"
    issuer = CertificateSettings.for_site(site)
    return issuer.issuer_name, issuer.issuer_url or f"{settings.SITE_URL}/"


def _key_document(key: IssuerKey) -> dict:
    """Plain JSON (no @context: its fields are ours, not terms of a vocabulary)."""
    return {
        "id": key_url(key),
        "keyId": key.key_id,
        "status": "retired" if key.retired else "current",
        "created": key.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "issuer": issuer_id(),
        "verificationMethod": multikey_method(key),
        "legacyVerificationMethod": key.legacy_verification_method,
        "pdfSigningCertificatePem": key.pdf_cert_pem,
    }


def _json(data: dict) -> JsonResponse:
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Access-Control-Allow-Origin"] = "*"  # public keys: any verifier on any site may read them
    return response


@require_safe
@cache_control(public=True, max_age=LIST_MAX_AGE)
def issuer_profile(request):
    name, url = _issuer_settings(request)
    return _json(issuer_profile_signed(name=name, url=url))


@require_safe
@cache_control(public=True, max_age=LIST_MAX_AGE)
def issuer_did_document(request):
    response = _json(did_document_build())
    response["Content-Type"] = "application/did+ld+json"
    return response


@require_safe
@cache_control(public=True, max_age=LIST_MAX_AGE)
def issuer_keys(request):
    # Plain JSON for our own offline tools (verify_certificate): the keys as JSON-LD live in the DID document.
    return _json(
        {
            "issuer": issuer_id(),
            "didDocument": did_document_url(settings.SITE_URL),
            "keys": [_key_document(key) for key in keys_all()],
        }
    )


@require_safe
@cache_control(public=True, max_age=KEY_MAX_AGE)
def issuer_key(request, key_id: str):
    key = key_get(key_id)
    if key is None:
        response = _json({"error": gettext("No issuer key has this id."), "keys": f"{issuer_url()}keys.json"})
        response.status_code = 404
        return response
    return _json(_key_document(key))
