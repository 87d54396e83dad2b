"""Every response carries the security headers; our templates contain no inline script for CSP to allow."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_PAGES = ["/", "/framework/", "/modules/", "/verify/", "/accounts/login/", "/accounts/signup/", "/nope/"]


def _directives(header: str) -> dict[str, list[str]]:
    out = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_send_a_strict_policy_and_the_other_headers(client, framework_v3, path):
    response = client.get(path)
    policy = _directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"], "no inline script, no eval, no other origin"
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in policy.get("style-src", [])
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_the_api_and_json_answers_carry_the_policy_too(client, framework_v3):
    response = client.get("/api/v1/openapi.json")
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_only_the_admin_is_allowed_inline_scripts(client, administrator):
    client.force_login(administrator)
    policy = _directives(client.get("/admin/")["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
def test_the_session_cookie_is_http_only_and_the_csrf_cookie_readable_by_the_offline_sync(client, teacher):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=teacher, email=teacher.email, verified=True, primary=True)
    csrf = client.get("/accounts/login/").cookies["csrftoken"]
    assert not csrf["httponly"]  # pwa.js sends it with the queued changes (ADR 0066)
    session = client.post("/accounts/login/", {"login": teacher.username, "password": "pw-for-tests-1"}).cookies
    assert session["sessionid"]["httponly"] is True


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
INLINE_STYLE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I)


def _our_templates():
    for folder in ROOT.glob("*/templates"):
        yield from folder.rglob("*.html")
    yield from (ROOT / "templates").rglob("*.html")


def test_our_templates_have_no_inline_script_handlers_or_styles():
    problems = []
    for path in _our_templates():
        if ".venv" in path.parts:
            continue
        text = path.read_text()
        for pattern, what in (
            (INLINE_SCRIPT, "inline <script>"),
            (INLINE_HANDLER, "on* handler"),
            (INLINE_STYLE, "style="),
        ):
            for match in pattern.finditer(text):
                problems.append(f"{path.relative_to(ROOT)}: {what}: {match.group(0)[:60]}")
    assert not problems, "\n".join(problems)
