"""The issuer's public identity: its OB 3.0 Profile and its published keys (current and retired), as JSON.

Key sets never change once created, so per-key documents are cacheable for long; the lists change on rotation."""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from certificates.credentials import issuer_url
from certificates.credentials.jsonld import OB_CONTEXT, VC_CONTEXT
from certificates.keys import DEFAULT_ISSUER_NAME, IssuerKey, key_get, key_url, keys_all
from certificates.models import CertificateSettings

MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1"
LIST_MAX_AGE = 300
KEY_MAX_AGE = 3600  # the key never changes; its status may turn to retired


def _issuer_settings(request) -> tuple[str, str]:
    """Name and home page of the issuer, as set in the Wagtail site settings that also print on the PDFs."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return DEFAULT_ISSUER_NAME, f"{settings.SITE_URL}/"
    issuer = CertificateSettings.for_site(site)
    return issuer.issuer_name, issuer.issuer_url or f"{settings.SITE_URL}/"


def _multikey(key: IssuerKey) -> dict:
    return {
        "id": key.verification_method,
        "type": "Multikey",
        "controller": key.did,
        "publicKeyMultibase": key.public_key_multibase,
    }


def _key_document(key: IssuerKey, *, with_context: bool) -> dict:
    document = {
        "@context": [MULTIKEY_CONTEXT],
        "id": key_url(key),
        "keyId": key.key_id,
        "status": "retired" if key.retired else "current",
        "created": key.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "issuer": issuer_url(),
        "verificationMethod": _multikey(key),
        "pdfSigningCertificatePem": key.pdf_cert_pem,
    }
    if not with_context:
        del document["@context"]
    return document


def _json(data: dict) -> JsonResponse:
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Access-Control-Allow-Origin"] = "*"  # public keys: any verifier on any site may read them
    return response


@require_safe
@cache_control(public=True, max_age=LIST_MAX_AGE)
def issuer_profile(request):
    keys = keys_all()
    name, url = _issuer_settings(request)
    return _json(
        {
            "@context": [VC_CONTEXT, OB_CONTEXT, MULTIKEY_CONTEXT],
            "id": issuer_url(),
            "type": ["Profile"],
            "name": name,
            "url": url,
            "verificationMethod": [_multikey(key) for key in keys],
            "assertionMethod": [key.verification_method for key in keys],
            "keys": f"{issuer_url()}keys.json",
        }
    )


@require_safe
@cache_control(public=True, max_age=LIST_MAX_AGE)
def issuer_keys(request):
    return _json(
        {
            "@context": [MULTIKEY_CONTEXT],
            "issuer": issuer_url(),
            "keys": [_key_document(key, with_context=False) for key in keys_all()],
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
    return _json(_key_document(key, with_context=True))
