"""LTI Dynamic Registration (IMS LTI-DR 1.0): the LMS opens our registration URL with its OpenID configuration URL
and a registration token; we read the configuration, register ourselves at its registration endpoint, and keep the
client_id and deployment it answers with. An administrator of ours must be signed in (ADR 0171: a registration
decides who may create accounts here)."""

from urllib.parse import urlsplit

import requests
from django.db import transaction
from django.utils.translation import gettext as _

from .launch import LaunchRefused
from .models import Deployment, Platform

TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"
PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration"
SCOPES = (
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
)
TIMEOUT = 15


def url_is_under(url: str, issuer: str) -> bool:
    """`url` lies under `issuer`: same scheme, host and port, no user part, and a path below the issuer's at a "/"
    boundary. A string prefix would let https://lms.example.org.evil.test or https://lms.example.org@evil.test pass
    for https://lms.example.org."""
    try:
        u, i = urlsplit(url), urlsplit(issuer)
        same_origin = (u.scheme, u.hostname, u.port) == (i.scheme, i.hostname, i.port)
    except ValueError:  # a port that is not a number
        return False
    if not same_origin or not u.hostname or u.username or u.password or i.username or i.password:
        return False
    base = i.path.rstrip("/")
    return u.path == base or u.path.startswith(base + "/")


def _configuration(url: str) -> dict:
    try:
        response = requests.get(url, timeout=TIMEOUT)
        response.raise_for_status()
        config = response.json()
    except (requests.RequestException, ValueError) as error:
        raise LaunchRefused(_("The learning platform's configuration could not be read."), status=502) from error
    issuer = str(config.get("issuer") or "")
    needed = ("authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint")
    # The configuration URL must be under the issuer it declares (LTI-DR §3.5.1): nobody registers another's issuer.
    if not issuer or not url_is_under(url, issuer) or not all(config.get(k) for k in needed):
        raise LaunchRefused(_("The learning platform's configuration is incomplete or not its own."), status=400)
    return config


def registration_request(*, login_url: str, launch_url: str, jwks_url: str, name: str) -> dict:
    return {
        "application_type": "web",
        "response_types": ["id_token"],
        "grant_types": ["implicit", "client_credentials"],
        "initiate_login_uri": login_url,
        "redirect_uris": [launch_url],
        "client_name": name,
        "jwks_uri": jwks_url,
        "token_endpoint_auth_method": "private_key_jwt",
        "scope": " ".join(SCOPES),
        TOOL_CONFIGURATION: {
            "domain": urlsplit(launch_url).netloc,
            "target_link_uri": launch_url,
            "claims": ["iss", "sub", "name", "given_name", "family_name", "email", "locale"],
            "messages": [{"type": "LtiDeepLinkingRequest", "target_link_uri": launch_url, "label": name}],
        },
    }


@transaction.atomic
def platform_register_dynamically(
    *, openid_configuration: str, registration_token: str, login_url: str, launch_url: str, jwks_url: str, name: str
) -> Platform:
    if not openid_configuration.startswith(("https://", "http://")):
        raise LaunchRefused(_("This registration request from a learning platform is incomplete."), status=400)
    config = _configuration(openid_configuration)
    # A registration adds a platform; it never changes one (its keys decide whose accounts a launch signs into):
    # an issuer already here is changed by an administrator in the admin, where they see what they change.
    if Platform.objects.filter(issuer=config["issuer"]).exists():
        raise LaunchRefused(
            _("This learning platform is already registered here; an administrator can change it in the admin."),
            status=409,
        )
    headers = {"Authorization": f"Bearer {registration_token}"} if registration_token else {}
    try:
        response = requests.post(
            config["registration_endpoint"],
            json=registration_request(login_url=login_url, launch_url=launch_url, jwks_url=jwks_url, name=name),
            headers=headers,
            timeout=TIMEOUT,
        )
        response.raise_for_status()
        answer = response.json()
        client_id = str(answer["client_id"])
    except (requests.RequestException, ValueError, KeyError, TypeError) as error:
        raise LaunchRefused(_("The learning platform did not accept the registration."), status=502) from error
    product = (config.get(PLATFORM_CONFIGURATION) or {}).get("product_family_code") or ""
    platform = Platform.objects.create(
        issuer=config["issuer"],
        client_id=client_id,
        name=(f"{product} · {config['issuer']}" if product else config["issuer"])[:200],
        auth_login_url=config["authorization_endpoint"],
        auth_token_url=config["token_endpoint"],
        keyset_url=config["jwks_uri"],
        is_active=True,
    )
    deployment_id = (answer.get(TOOL_CONFIGURATION) or {}).get("deployment_id")
    if deployment_id:
        Deployment.objects.get_or_create(platform=platform, deployment_id=str(deployment_id))
    return platform
