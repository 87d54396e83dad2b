"""Calls from the tool to a platform's LTI Advantage services, with an OAuth 2 access token obtained by a signed
client assertion (IMS Security Framework, client credentials grant)."""

import requests
from django.core.cache import cache

from .keys import tool_sign
from .models import Platform

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
TIMEOUT = 15


class ServiceError(Exception):
    """The platform refused or could not be reached; the message says which and is safe to log."""


def access_token(*, platform: Platform, scopes: list[str]) -> str:
    scope = " ".join(sorted(scopes))
    key = f"lti:token:{platform.pk}:{scope}"
    token = cache.get(key)
    if token:
        return token
    assertion = tool_sign(
        claims={"iss": platform.client_id, "sub": platform.client_id, "aud": platform.auth_token_url}, lifetime=300
    )
    try:
        response = requests.post(
            platform.auth_token_url,
            data={
                "grant_type": "client_credentials",
                "client_assertion_type": ASSERTION_TYPE,
                "client_assertion": assertion,
                "scope": scope,
            },
            timeout=TIMEOUT,
        )
    except requests.RequestException as error:
        raise ServiceError(f"token endpoint unreachable: {error}") from error
    if response.status_code != 200:
        raise ServiceError(f"token endpoint answered {response.status_code}: {response.text[:200]}")
    try:
        body = response.json()
        token = body["access_token"]
    except (ValueError, KeyError, TypeError) as error:
        raise ServiceError("token endpoint answered without an access token") from error
    lifetime = int(body.get("expires_in") or 3600)
    cache.set(key, token, max(lifetime - 60, 30))
    return token


def service_call(*, platform: Platform, scopes: list[str], method: str, url: str, **kwargs) -> requests.Response:
    token = access_token(platform=platform, scopes=scopes)
    headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
    try:
        response = requests.request(method, url, headers=headers, timeout=TIMEOUT, **kwargs)
    except requests.RequestException as error:
        raise ServiceError(f"{url} unreachable: {error}") from error
    if response.status_code >= 400:
        raise ServiceError(f"{url} answered {response.status_code}: {response.text[:200]}")
    return response
