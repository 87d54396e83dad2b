"""A ministry's SAML identity provider for the tests: pysaml2's IdP (saml2.server.Server) behind a small WSGI app.

pysaml2 is an implementation we did not write (our service provider is python3-saml, through django-allauth): it
parses our AuthnRequest, builds and signs the Response and its Assertion with xmlsec1 (Debian's package), and posts
it back through the HTTP-POST binding. This module only carries HTTP: a log-in form where the teacher types the
directory's password, and the page that posts the response to our assertion consumer.

Configured from the environment by tests/support/saml_idp/server.py: SAML_IDP_URL, SAML_IDP_KEY, SAML_IDP_CERT,
SAML_IDP_SP_METADATA (our metadata as served), SAML_IDP_USERS (a JSON file: username -> password, attributes).
"""

import html
import json
import os
from pathlib import Path
from urllib.parse import parse_qs

from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.saml import NAME_FORMAT_BASIC, NAMEID_FORMAT_PERSISTENT, NameID
from saml2.server import Server
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256

URL = os.environ["SAML_IDP_URL"]
ENTITY_ID = f"{URL}/idp/metadata"
SSO_URL = f"{URL}/idp/sso/redirect"


def _server() -> Server:
    config = IdPConfig()
    config.load(
        {
            "entityid": ENTITY_ID,
            "service": {
                "idp": {
                    "name": "Ministry test IdP",
                    "endpoints": {"single_sign_on_service": [(SSO_URL, BINDING_HTTP_REDIRECT)]},
                    "name_id_format": [NAMEID_FORMAT_PERSISTENT],
                    "want_authn_requests_signed": False,
                    "sign_response": True,
                    "sign_assertion": True,
                    "policy": {"default": {"lifetime": {"minutes": 5}, "name_form": NAME_FORMAT_BASIC}},
                }
            },
            "key_file": os.environ["SAML_IDP_KEY"],
            "cert_file": os.environ["SAML_IDP_CERT"],
            "metadata": {"local": [os.environ["SAML_IDP_SP_METADATA"]]},
            "xmlsec_binary": "/usr/bin/xmlsec1",
        }
    )
    return Server(config=config)


SERVER = _server()


def _users() -> dict:
    return json.loads(Path(os.environ["SAML_IDP_USERS"]).read_text(encoding="utf-8"))


def _page(start_response, status: str, body: str, content_type: str = "text/html; charset=utf-8"):
    data = body.encode()
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(data)))])
    return [data]


def _login_form(saml_request: str, relay_state: str, error: str = "") -> str:
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{html.escape(value)}">'
        for name, value in (("SAMLRequest", saml_request), ("RelayState", relay_state))
    )
    return (
        f"<h1>Ministry sign-in</h1><p class='error'>{html.escape(error)}</p>"
        f'<form method="post" action="{URL}/idp/sso/login">{hidden}'
        '<input name="username"><input name="password" type="password"><button>Sign in</button></form>'
    )


def _respond(username: str, saml_request: str, relay_state: str) -> str:
    request = SERVER.parse_authn_request(saml_request, BINDING_HTTP_REDIRECT).message
    arguments = SERVER.response_args(request, [BINDING_HTTP_POST])
    user = _users()[username]
    response = SERVER.create_authn_response(
        {name: [value] if isinstance(value, str) else value for name, value in user["attributes"].items()},
        userid=username,
        name_id=NameID(format=NAMEID_FORMAT_PERSISTENT, text=user["subject"]),
        authn={"class_ref": "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"},
        sign_response=True,
        sign_assertion=True,
        sign_alg=SIG_RSA_SHA256,  # our service provider refuses SHA-1 signatures, as it should
        digest_alg=DIGEST_SHA256,
        **arguments,
    )
    posted = SERVER.apply_binding(
        BINDING_HTTP_POST, str(response), arguments["destination"], relay_state, response=True
    )
    return posted["data"]


def application(environ, start_response):
    path = environ.get("PATH_INFO", "")
    if path == "/idp/metadata":
        from saml2.metadata import create_metadata_string

        return _page(start_response, "200 OK", create_metadata_string(None, SERVER.config).decode(), "text/xml")
    if path == "/idp/sso/redirect":
        query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        form = _login_form(query.get("SAMLRequest", [""])[0], query.get("RelayState", [""])[0])
        return _page(start_response, "200 OK", form)
    if path == "/idp/sso/login" and environ["REQUEST_METHOD"] == "POST":
        size = int(environ.get("CONTENT_LENGTH") or 0)
        data = {k: v[0] for k, v in parse_qs(environ["wsgi.input"].read(size).decode(), keep_blank_values=True).items()}
        user = _users().get(data.get("username", ""))
        if user is None or user["password"] != data.get("password"):
            form = _login_form(data.get("SAMLRequest", ""), data.get("RelayState", ""), "Wrong user name or password.")
            return _page(start_response, "200 OK", form)
        posted = _respond(data["username"], data["SAMLRequest"], data.get("RelayState", ""))
        return _page(start_response, "200 OK", posted)
    return _page(start_response, "404 Not Found", "not found", "text/plain")
