"""What an identity provider says about a person, read the same way for OpenID Connect and SAML (ADR 0154).

Pure functions: no database, no request. A claim is the OpenID Connect word; for SAML it is an attribute name.
"""

from django.utils.translation import get_supported_language_variant

from accounts.roles import Role

_TRUE = {"true", "1", "yes", "t", "y"}


def claims_of(*, provider_type: str, extra_data: dict) -> dict:
    """One flat dict of claims. OpenID Connect: the ID token's claims, overridden by the userinfo response (the
    national ID may be in either). SAML: attributes, a single value unwrapped from its list."""
    if provider_type == "saml":
        return {
            name: values[0] if isinstance(values, list) and len(values) == 1 else values
            for name, values in (extra_data or {}).items()
        }
    data = extra_data or {}
    if "userinfo" not in data and "id_token" not in data:
        return dict(data)
    return {**(data.get("id_token") or {}), **(data.get("userinfo") or {})}


def claim_true(value) -> bool:
    """A boolean claim is true only when it says so: JSON true, or "true"/"1"/"yes" as text. Absent, null, "false"
    and anything else are false; a bare truthiness test would take the string "false" for true."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in _TRUE
    return False


def claim_text(claims: dict, name: str | None) -> str:
    if not name:
        return ""
    value = claims.get(name)
    if isinstance(value, list):
        value = value[0] if len(value) == 1 else None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value).strip()
    return ""


def claim_values(claims: dict, name: str) -> list[str] | None:
    """A multi-valued claim as a list of strings; None when the claim is absent (the provider said nothing). A text
    value is split on spaces and commas, as some providers send groups in one string."""
    if name not in claims or claims[name] is None:
        return None
    value = claims[name]
    if isinstance(value, str):
        return [part for part in value.replace(",", " ").split() if part]
    if isinstance(value, (list, tuple)):
        return [str(item).strip() for item in value if isinstance(item, (str, int)) and str(item).strip()]
    return []


def legal_name_from(claims: dict) -> str:
    """The full name as the provider registers it: `name`, else given and family names joined."""
    name = claim_text(claims, "name")
    if not name:
        name = " ".join(part for part in (claim_text(claims, "given_name"), claim_text(claims, "family_name")) if part)
    return name[:200]


def language_from(locale: str) -> str | None:
    """A BCP 47 locale ("fr-CA", "ar_MA", "es") as one of the site's languages, or None if it speaks none of them."""
    code = (locale or "").strip().replace("_", "-").lower()
    if not code:
        return None
    try:
        return get_supported_language_variant(code)
    except LookupError:
        return None


def roles_managed(roles_map: dict) -> set[str]:
    """The roles a provider's mapping can grant: the only ones its sign-ins may add or take away."""
    known = set(Role.values)
    return {role for role in (roles_map or {}).values() if role in known}


def roles_wanted(values: list[str], roles_map: dict) -> set[str]:
    """Our roles for the provider's claim values; values missing from the mapping are ignored."""
    managed = roles_managed(roles_map)
    return {roles_map[value] for value in values if value in (roles_map or {}) and roles_map[value] in managed}
