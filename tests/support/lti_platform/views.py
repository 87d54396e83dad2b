"""The test platform's endpoints, built on lti1p3platform's classes: OIDC login initiation, the authorization
response (the signed launch), its JWKS, the OAuth 2 token endpoint, the deep-linking return, AGS scores and NRPS
memberships. State lives in this single worker's memory; `/_state` shows the tests what the platform received.

`/launch?user=...&message=resource|deeplink&resource=<id>&tamper=forged|expired|audience|deployment` plays a
course page whose link a person follows; `tamper` makes the platform misbehave the way an attacker would.
"""

import base64
import json
import threading
from html import escape

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from lti1p3platform.exceptions import LtiDeepLinkingResponseException, LtiException
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.membership import Context
from lti1p3platform.message_launch import LTIAdvantageMessageLaunchAbstract
from lti1p3platform.oidc_login import OIDCLoginAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request
from lti1p3platform.score import UpdateScoreStatus
from lti1p3platform.service_connector import AssignmentsGradesService, NamesRoleProvisioningService

KID = "test-platform-key-1"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
COURSE = {"id": "course-101", "label": "ICT-101", "title": "ICT for teachers 101"}
USERS = {
    "alice": {"sub": "plat-user-alice", "given_name": "Alice", "family_name": "Martin", "name": "Alice Martin",
              "email": "alice@school.example", "locale": "fr-FR", "roles": [LEARNER]},
    "bruno": {"sub": "plat-user-bruno", "given_name": "Bruno", "family_name": "Silva", "name": "Bruno Silva",
              "email": "bruno@school.example", "locale": "es", "roles": [LEARNER]},
    "karim": {"sub": "plat-user-karim", "given_name": "Karim", "family_name": "Haddad", "name": "Karim Haddad",
              "email": "karim@school.example", "locale": "ar", "roles": [LEARNER]},
    "ines": {"sub": "plat-user-ines", "given_name": "Ines", "family_name": "Moreau", "name": "Ines Moreau",
             "email": "ines@school.example", "locale": "en-GB", "roles": [INSTRUCTOR]},
}  # fmt: skip

_lock = threading.Lock()
STATE: dict = {
    "resource_links": {}, "scores": [], "deep_link_items": [], "token_requests": 0, "roster_requests": 0,
    "registrations": [], "roster_left": [],
}  # fmt: skip
REGISTRATION_TOKEN = "registration-token-for-tests"


def _pem(key, public: bool = False) -> str:
    if public:
        return (
            key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode()
        )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
_STRAY_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # an attacker's: never published


class PeerRegistration(Registration):
    """lti1p3platform's registration with a key id in the header and the JWKS (tools look keys up by kid)."""

    def get_kid(self):
        return KID

    def get_jwks(self):
        return [{**Registration.get_jwk(self.get_platform_public_key()), "kid": KID}]


def _registration(*, key=_KEY, client_id=None, deployment_id=None) -> PeerRegistration:
    registration = PeerRegistration()
    registration.set_iss(settings.PEER_URL)
    registration.set_client_id(client_id or settings.CLIENT_ID)
    registration.set_deployment_id(deployment_id or settings.DEPLOYMENT_ID)
    registration.set_oidc_login_url(settings.TOOL_LOGIN_URL)
    registration.set_launch_url(settings.TOOL_LAUNCH_URL)
    registration.set_deeplink_launch_url(settings.TOOL_LAUNCH_URL)
    registration.set_tool_key_set_url(settings.TOOL_JWKS_URL)
    registration.set_platform_private_key(_pem(key))
    registration.set_platform_public_key(_pem(_KEY, public=True))  # what the JWKS publishes, whatever signs
    return registration


class PeerConfig(LTI1P3PlatformConfAbstract):
    def init_platform_config(self, **kwargs) -> None:
        self.kwargs = kwargs

    def get_registration_by_params(self, **kwargs) -> Registration:
        return _registration(**self.kwargs)


class PeerRequest(Request):
    def build_metadata(self, request):
        content_type = request.content_type or ""
        return {
            "method": request.method,
            "form_data": request.POST.dict(),
            "get_data": request.GET.dict(),
            "headers": request.headers,
            "content_type": content_type,
            "path": request.path,
            "json": json.loads(request.body) if request.body and "json" in content_type else None,
        }


class PeerLogin(OIDCLoginAbstract):
    def set_lti_message_hint(self, **kwargs) -> None:
        self._lti_message_hint = kwargs["hint"]

    def get_redirect(self, url: str):
        return HttpResponseRedirect(url)


class PeerLaunch(LTIAdvantageMessageLaunchAbstract):
    def render_launch_form(self, launch_data, **kwargs):
        fields = "".join(
            f'<input type="hidden" name="{name}" value="{escape(launch_data[name])}">' for name in ("id_token", "state")
        )
        return HttpResponse(
            f'<html><body><form method="post" action="{escape(launch_data["launch_url"])}">{fields}'
            '<button type="submit">Continue</button></form></body></html>'
        )


def _client_of(hint: dict) -> dict:
    """A client registered dynamically (`client`, `deployment` in the hint), else the one registered by hand."""
    if hint.get("client"):
        return {"client_id": hint["client"], "deployment_id": hint.get("deployment") or None}
    return {}


def launch(request):
    """A person follows a link in the course: OIDC third-party login initiation towards the tool."""
    user = request.GET.get("user", "")
    if user not in USERS:
        return HttpResponseBadRequest("unknown user")
    hint = {k: request.GET.get(k, "") for k in ("user", "message", "resource", "tamper", "client", "deployment")}
    login = PeerLogin(PeerRequest(request), PeerConfig(**_client_of(hint)))
    login.set_lti_message_hint(hint=base64.urlsafe_b64encode(json.dumps(hint).encode()).decode())
    return login.initiate_login(USERS[user]["sub"])


def authorize(request):
    """The authentication response: the signed id_token, posted by the browser to the tool's redirect_uri."""
    try:
        hint = json.loads(base64.urlsafe_b64decode(request.GET.get("lti_message_hint", "")))
        person = USERS[hint["user"]]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("bad lti_message_hint")
    if request.GET.get("login_hint") != person["sub"] or request.GET.get("redirect_uri") != settings.TOOL_LAUNCH_URL:
        return HttpResponseBadRequest("login_hint or redirect_uri does not match")
    tamper = hint.get("tamper", "")
    tampered = {
        "forged": {"key": _STRAY_KEY},
        "audience": {"client_id": "some-other-tool"},
        "deployment": {"deployment_id": "deployment-nobody-registered"},
    }.get(tamper, {})
    client = _client_of(hint)
    message = PeerLaunch(PeerRequest(request), PeerConfig(**client))
    message._registration = PeerConfig(**client).get_registration()
    message.validate_preflight_response(request.GET.dict())  # client_id, nonce, state, redirect_uri
    message._registration = _registration(**{**client, **tampered})
    if tamper == "expired":
        message.set_id_token_expiration(-120)
    message.set_user_data(person["sub"], person["roles"], person["name"], person["email"])
    message.set_extra_claims(
        {"given_name": person["given_name"], "family_name": person["family_name"], "locale": person["locale"]}
    )
    message.set_launch_context_claim(COURSE["id"], context_title=COURSE["title"], context_label=COURSE["label"])
    message.set_nrps(f"{settings.PEER_URL}/memberships")
    if hint.get("message") == "deeplink":
        message.set_dl(f"{settings.PEER_URL}/deep_link_return", title="Add content", accept_types={"ltiResourceLink"})
    else:
        link = STATE["resource_links"].get(hint.get("resource"), {})
        message.set_resource_link_claim(hint.get("resource") or "plain-link", title=link.get("title"))
        if link.get("custom"):
            message.set_custom_parameters_claim(link["custom"])
        if link.get("lineitem"):
            message.set_ags(f"{settings.PEER_URL}/lineitems", link["lineitem"], allow_creating_lineitems=False)
    message.set_launch_url(settings.TOOL_LAUNCH_URL)
    message.prepare_launch(request.GET.dict())
    data = dict(message.generate_launch_request())
    data["launch_url"] = request.GET["redirect_uri"]
    return message.render_launch_form(data)


def jwks(request):
    return JsonResponse({"keys": _registration().get_jwks()})


@csrf_exempt
def token(request):
    config = PeerConfig()
    config.get_registration()
    try:
        answer = config.get_access_token(request.POST.dict())  # checks the tool's signed assertion with its JWKS
    except Exception as error:  # noqa: BLE001 (any refusal is the client's fault here)
        return JsonResponse({"error": "invalid_client", "error_description": str(error)}, status=400)
    with _lock:
        STATE["token_requests"] += 1
    return JsonResponse(answer)


@csrf_exempt
def deep_link_return(request):
    config = PeerConfig()
    config.get_registration()
    config.set_accepted_deeplinking_types(["ltiResourceLink"])
    try:
        items = config.validate_deeplinking_resp({"JWT": request.POST.get("JWT", "")})
    except (LtiException, LtiDeepLinkingResponseException, Exception) as error:  # noqa: BLE001
        return HttpResponseBadRequest(f"deep linking response refused: {error}")
    with _lock:
        for item in items:
            number = len(STATE["resource_links"]) + 1
            link = {"title": item.get("title"), "url": item.get("url"), "custom": item.get("custom") or {}}
            if item.get("lineItem"):
                link["lineitem"] = f"{settings.PEER_URL}/lineitems/li-{number}"
                link["lineitem_spec"] = item["lineItem"]
            STATE["resource_links"][f"rl-{number}"] = link
        STATE["deep_link_items"] += items
    return HttpResponse(f"<p>Added {len(items)} items to the course.</p>")


class PeerGrades(AssignmentsGradesService):
    def update_score(self, line_item_id, score):
        with _lock:
            STATE["scores"].append({"lineitem": line_item_id, **score})
        return UpdateScoreStatus.SUCCESS

    def find_lineitems(self, **kwargs):
        return {"content": [], "has_next": False}

    def find_lineitem(self, line_item_id):
        return {}

    def create_lineitem(self, creation_data):
        return creation_data

    def update_lineitem(self, update_data):
        return update_data

    def delete_lineitem(self, line_item_id):
        return None

    def get_results(self, line_item_id, **kwargs):
        return {"content": [], "has_next": False}


class PeerRoster(NamesRoleProvisioningService):
    def get_member_data_page(self, **kwargs):
        members = [
            {"user_id": p["sub"], "roles": p["roles"], "name": p["name"], "given_name": p["given_name"],
             "family_name": p["family_name"], "email": p["email"], "status": "Active"}
            for key, p in USERS.items() if key not in STATE["roster_left"]
        ]  # fmt: skip
        return {"content": members, "has_next": False}

    def get_context_by_id(self):
        return Context(id=COURSE["id"], label=COURSE["label"], title=COURSE["title"])


def _answer(response) -> JsonResponse:
    if 200 <= response.code < 300:
        return JsonResponse(response.result or {"status": response.message}, status=response.code, safe=False)
    return JsonResponse({"error": response.message}, status=response.code)


@csrf_exempt
def scores(request, item):
    config = PeerConfig()
    config.get_registration()
    service = PeerGrades(PeerRequest(request), config, f"{settings.PEER_URL}/lineitems",
                         f"{settings.PEER_URL}/lineitems/{item}", allow_creating_lineitems=False)  # fmt: skip
    return _answer(service.handle_resp(service.handle_update_score, line_item_id=item))


def memberships(request):
    config = PeerConfig()
    config.get_registration()
    service = PeerRoster(PeerRequest(request), config, f"{settings.PEER_URL}/memberships")
    with _lock:
        STATE["roster_requests"] += 1
    return _answer(service.handle_resp(service.handle_get_members))


@csrf_exempt
def roster_set(request):
    """Tests change the course: POST `left` (repeatable) names the users no longer enrolled; none sent: all are."""
    with _lock:
        STATE["roster_left"] = request.POST.getlist("left")
    return JsonResponse({"left": STATE["roster_left"]})


def state(request):
    with _lock:
        return JsonResponse(STATE)


def openid_configuration(request):
    """What LTI Dynamic Registration reads first (written here: lti1p3platform has no dynamic registration)."""
    return JsonResponse(
        {
            "issuer": settings.PEER_URL,
            "authorization_endpoint": f"{settings.PEER_URL}/authorize",
            "token_endpoint": f"{settings.PEER_URL}/token",
            "jwks_uri": f"{settings.PEER_URL}/jwks",
            "registration_endpoint": f"{settings.PEER_URL}/register",
            "scopes_supported": ["openid"],
            "response_types_supported": ["id_token"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                "product_family_code": "lti1p3platform-test",
                "version": "0.1.8",
                "messages_supported": [{"type": "LtiResourceLinkRequest"}, {"type": "LtiDeepLinkingRequest"}],
            },
        }
    )


@csrf_exempt
def register(request):
    if request.headers.get("Authorization") != f"Bearer {REGISTRATION_TOKEN}":
        return JsonResponse({"error": "invalid_token"}, status=401)
    body = json.loads(request.body)
    with _lock:
        number = len(STATE["registrations"]) + 1
        STATE["registrations"].append(body)
    tool = body.get("https://purl.imsglobal.org/spec/lti-tool-configuration", {})
    return JsonResponse(
        {
            **body,
            "client_id": f"dyn-client-{number}",
            "https://purl.imsglobal.org/spec/lti-tool-configuration": {
                **tool,
                "deployment_id": f"dyn-deployment-{number}",
            },
        }
    )
