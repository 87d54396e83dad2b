"""The LTI 1.3 launch: OIDC third-party login initiation, then the id_token the platform posts back, checked.

State and nonce live on the server (the cache), keyed by the state, and are consumed by the launch that uses them:
no cookie is needed for the launch to succeed inside an iframe whose third-party cookies the browser blocks, and a
replayed launch finds its state gone (ADR 0172). Every refusal is a LaunchRefused with a status and a sentence.
"""

import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

import jwt
import requests
from django.core.cache import cache
from django.utils.translation import gettext as _
from jwt.algorithms import RSAAlgorithm

from .models import Deployment, Platform

CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
MESSAGE_TYPE = CLAIM + "message_type"
DEPLOYMENT_ID = CLAIM + "deployment_id"
ROLES = CLAIM + "roles"
CUSTOM = CLAIM + "custom"
CONTEXT = CLAIM + "context"
RESOURCE_LINK = CLAIM + "resource_link"
LAUNCH_PRESENTATION = CLAIM + "launch_presentation"
AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
RESOURCE_LAUNCH = "LtiResourceLinkRequest"
DEEP_LINKING_LAUNCH = "LtiDeepLinkingRequest"

STATE_SECONDS = 600  # from the login initiation to the launch: a slow phone still makes it
JWKS_SECONDS = 300
LEEWAY_SECONDS = 10  # clocks a little apart; an id_token expired for longer is refused


class LaunchRefused(Exception):
    def __init__(self, message: str, *, status: int = 403):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class Launch:
    platform: Platform
    deployment: Deployment
    claims: dict

    @property
    def message_type(self) -> str:
        return self.claims.get(MESSAGE_TYPE, "")

    @property
    def roles(self) -> list[str]:
        return list(self.claims.get(ROLES) or [])

    @property
    def is_instructor(self) -> bool:
        return any(r.endswith(("#Instructor", "#Administrator", "#ContentDeveloper")) for r in self.roles)

    @property
    def custom(self) -> dict:
        return self.claims.get(CUSTOM) or {}


def _platform_find(*, issuer: str, client_id: str) -> Platform | None:
    platforms = Platform.objects.filter(issuer=issuer, is_active=True)
    if client_id:
        platforms = platforms.filter(client_id=client_id)
    found = list(platforms[:2])
    return found[0] if len(found) == 1 else None


def login_redirect_url(*, params: dict, redirect_uri: str) -> str:
    """Answer the platform's login initiation: remember state and nonce here, send the browser to its auth URL."""
    issuer, login_hint = params.get("iss", ""), params.get("login_hint", "")
    if not issuer or not login_hint:
        raise LaunchRefused(_("This sign-in request from a learning platform is incomplete."), status=400)
    platform = _platform_find(issuer=issuer, client_id=params.get("client_id", ""))
    if platform is None:
        raise LaunchRefused(_("This learning platform is not registered with us."))
    state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    cache.set(f"lti:state:{state}", {"nonce": nonce, "platform": platform.pk}, STATE_SECONDS)
    query = {
        "scope": "openid",
        "response_type": "id_token",
        "response_mode": "form_post",
        "prompt": "none",
        "client_id": platform.client_id,
        "redirect_uri": redirect_uri,
        "login_hint": login_hint,
        "state": state,
        "nonce": nonce,
    }
    if params.get("lti_message_hint"):
        query["lti_message_hint"] = params["lti_message_hint"]
    separator = "&" if "?" in platform.auth_login_url else "?"
    return f"{platform.auth_login_url}{separator}{urlencode(query)}"


def _platform_keys(platform: Platform, *, fresh: bool = False) -> list[dict]:
    key = f"lti:jwks:{platform.pk}"
    keys = None if fresh else cache.get(key)
    if keys is None:
        try:
            response = requests.get(platform.keyset_url, timeout=10)
            response.raise_for_status()
            keys = response.json()["keys"]
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise LaunchRefused(
                _("The learning platform's keys could not be read; try again in a moment."), status=502
            ) from error
        cache.set(key, keys, JWKS_SECONDS)
    return keys


def _signing_key(platform: Platform, header: dict):
    kid = header.get("kid")
    for fresh in (False, True):  # a key rotated since we cached the set: read it again once
        keys = _platform_keys(platform, fresh=fresh)
        matching = [k for k in keys if k.get("kid") == kid] if kid else keys
        if len(matching) == 1:
            try:
                return RSAAlgorithm.from_jwk(matching[0])
            except (jwt.InvalidKeyError, ValueError, KeyError, TypeError) as error:
                raise LaunchRefused(_("The learning platform's key cannot be used.")) from error
    raise LaunchRefused(_("This launch was signed with a key its learning platform does not publish."))


def launch_validate(*, id_token: str, state: str) -> Launch:
    """Check the id_token the platform posted: our state (once), its signature, issuer, audience, expiry, nonce
    (once) and deployment. Returns the launch, or raises LaunchRefused saying what was wrong."""
    if not id_token or not state:
        raise LaunchRefused(_("This launch is incomplete: start it again from your course."), status=400)
    remembered = cache.get(f"lti:state:{state}")
    if not remembered or not cache.delete(f"lti:state:{state}"):
        raise LaunchRefused(
            _("This launch has expired or was already used: start it again from your course."), status=400
        )
    try:
        header = jwt.get_unverified_header(id_token)
        unverified = jwt.decode(id_token, options={"verify_signature": False})
    except jwt.InvalidTokenError as error:
        raise LaunchRefused(_("This launch is not a valid LTI message."), status=400) from error
    platform = Platform.objects.filter(pk=remembered["platform"], is_active=True).first()
    audience = unverified.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if platform is None or unverified.get("iss") != platform.issuer or platform.client_id not in audiences:
        raise LaunchRefused(_("This launch was not addressed to this tool by a platform registered with us."))
    if header.get("alg") != "RS256":
        raise LaunchRefused(_("This launch is not signed the way LTI 1.3 requires."))
    try:
        claims = jwt.decode(
            id_token,
            _signing_key(platform, header),
            algorithms=["RS256"],
            audience=platform.client_id,
            issuer=platform.issuer,
            leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "iat", "iss", "aud", "nonce"]},
        )
    except jwt.ExpiredSignatureError as error:
        raise LaunchRefused(_("This launch has expired: start it again from your course.")) from error
    except jwt.InvalidSignatureError as error:
        raise LaunchRefused(_("This launch's signature is not its learning platform's.")) from error
    except jwt.InvalidTokenError as error:
        raise LaunchRefused(_("This launch is not a valid LTI message."), status=400) from error
    if len(audiences) > 1 and claims.get("azp") != platform.client_id:
        raise LaunchRefused(_("This launch was not addressed to this tool by a platform registered with us."))
    if claims["nonce"] != remembered["nonce"] or not cache.add(
        f"lti:nonce:{platform.pk}:{claims['nonce']}", 1, STATE_SECONDS
    ):
        raise LaunchRefused(
            _("This launch has expired or was already used: start it again from your course."), status=400
        )
    deployment = Deployment.objects.filter(
        platform=platform, deployment_id=str(claims.get(DEPLOYMENT_ID, "")), is_active=True
    ).first()
    if deployment is None:
        raise LaunchRefused(_("This deployment of the tool is not registered with us; ask your administrator."))
    if claims.get(MESSAGE_TYPE) not in (RESOURCE_LAUNCH, DEEP_LINKING_LAUNCH):
        raise LaunchRefused(_("This kind of LTI message is not supported."), status=400)
    if claims.get(MESSAGE_TYPE) == RESOURCE_LAUNCH and not claims.get("sub"):
        raise LaunchRefused(_("This launch does not say who you are; sign in to your course first."), status=400)
    return Launch(platform=platform, deployment=deployment, claims=claims)
