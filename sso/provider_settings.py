"""Identity providers from the environment, turned into allauth's SOCIALACCOUNT_PROVIDERS (ADR 0154).

Imported by the settings module, so it uses the standard library only. Each variable holds a JSON list, one object
per provider; the README lists the keys. Our own keys (national_id_claim, roles_claim, roles_map, locale_claim) ride
in the app's `settings`, where sso.adapters reads them, the same place a SocialApp made in the admin keeps them.
"""

import json

from django.core.exceptions import ImproperlyConfigured

# Keys of ours, the same for OpenID Connect and SAML.
CLAIM_KEYS = ("national_id_claim", "roles_claim", "roles_map", "locale_claim")


def _entries(variable: str, raw: str) -> list[dict]:
    if not raw.strip():
        return []
    try:
        entries = json.loads(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{variable} is not valid JSON: {exc}") from exc
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ImproperlyConfigured(f"{variable} must be a JSON list of objects, one per identity provider.")
    return entries


def _require(variable: str, entry: dict, *keys: str) -> None:
    missing = [key for key in keys if not entry.get(key)]
    if missing:
        raise ImproperlyConfigured(f"{variable}: provider {entry.get('id', '?')!r} lacks {', '.join(missing)}.")


def oidc_apps(raw: str) -> list[dict]:
    apps = []
    for entry in _entries("OIDC_PROVIDERS", raw):
        _require("OIDC_PROVIDERS", entry, "id", "name", "server_url", "client_id")
        settings = {key: entry[key] for key in CLAIM_KEYS if key in entry}
        settings["server_url"] = entry["server_url"]
        # PKCE on by default: a stolen authorization code is of no use without the verifier kept in our session.
        settings["oauth_pkce_enabled"] = entry.get("pkce", True)
        if "scope" in entry:
            settings["scope"] = entry["scope"]
        if "token_auth_method" in entry:
            settings["token_auth_method"] = entry["token_auth_method"]
        apps.append(
            {
                "provider_id": entry["id"],
                "name": entry["name"],
                "client_id": entry["client_id"],
                "secret": entry.get("secret", ""),
                "settings": settings,
            }
        )
    return apps


def saml_apps(raw: str) -> list[dict]:
    apps = []
    for entry in _entries("SAML_PROVIDERS", raw):
        _require("SAML_PROVIDERS", entry, "id", "name", "idp")
        idp = entry["idp"]
        if not isinstance(idp, dict) or not idp.get("entity_id"):
            raise ImproperlyConfigured(f"SAML_PROVIDERS: provider {entry['id']!r} needs idp.entity_id.")
        settings = {key: entry[key] for key in (*CLAIM_KEYS, "attribute_mapping", "sp", "advanced") if key in entry}
        settings["idp"] = idp
        apps.append(
            {
                # allauth names a SAML app by its organisation slug (client_id) and its IdP entity (provider_id).
                "client_id": entry["id"],
                "provider_id": idp["entity_id"],
                "name": entry["name"],
                "settings": settings,
            }
        )
    return apps


def socialaccount_providers(*, oidc: str, saml: str) -> dict:
    return {
        "openid_connect": {"APPS": oidc_apps(oidc)},
        "saml": {"APPS": saml_apps(saml)},
    }


def provider_origins(*, oidc: str, saml: str) -> list[str]:
    """Origins of the providers' sign-in pages. The log-in button posts to our site, which redirects to the provider,
    and browsers hold that redirect to the Content-Security-Policy's form-action: the origins must be listed there."""
    from urllib.parse import urlsplit

    urls = [app["settings"]["server_url"] for app in oidc_apps(oidc)]
    for app in saml_apps(saml):
        idp = app["settings"]["idp"]
        urls += [idp.get("sso_url", ""), idp.get("metadata_url", "")]
    origins = []
    for url in urls:
        parts = urlsplit(url or "")
        origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else ""
        if origin and origin not in origins:
            origins.append(origin)
    return origins
