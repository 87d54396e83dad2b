"""Reading claims, and providers configured from the environment (ADR 0154)."""

import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from sso.claims import claim_true, claim_values, claims_of, language_from, legal_name_from, roles_wanted
from sso.provider_settings import provider_origins, socialaccount_providers


@pytest.mark.parametrize(
    ("value", "verified"),
    [(True, True), ("true", True), ("TRUE", True), (False, False), ("false", False), ("False", False), (None, False),
     ("", False), (1, False), ([True], False)],
)  # fmt: skip
def test_an_email_is_verified_only_when_the_claim_says_true(value, verified):
    assert claim_true(value) is verified


@pytest.mark.parametrize(
    ("locale", "language"),
    [("fr-FR", "fr"), ("fr_CA", "fr"), ("AR", "ar"), ("es-419", "es"), ("en-GB", "en"), ("pt-BR", None), ("", None)],
)
def test_the_locale_claim_becomes_one_of_the_site_languages(locale, language):
    assert language_from(locale) == language


def test_the_legal_name_is_the_name_claim_else_given_and_family_names():
    assert legal_name_from({"name": "Nguyễn Thị Minh Khai", "given_name": "Khai"}) == "Nguyễn Thị Minh Khai"
    assert legal_name_from({"given_name": "Amina", "family_name": "Benali"}) == "Amina Benali"
    assert legal_name_from({"family_name": "Okafor"}) == "Okafor"


def test_role_values_come_as_a_list_or_one_string_and_unknown_ones_are_ignored():
    mapping = {"enseignant": "Teacher", "formateur": "Trainer", "chef": "No such role"}
    assert claim_values({"groups": "enseignant, formateur"}, "groups") == ["enseignant", "formateur"]
    assert claim_values({}, "groups") is None
    assert roles_wanted(["enseignant", "directeur", "chef"], mapping) == {"Teacher"}


def test_oidc_claims_merge_the_id_token_and_userinfo_and_saml_attributes_unwrap():
    oidc = claims_of(provider_type="openid_connect", extra_data={"id_token": {"teacher_id": "X1", "name": "A"},
                                                                 "userinfo": {"name": "B"}})  # fmt: skip
    assert oidc == {"teacher_id": "X1", "name": "B"}
    saml = claims_of(provider_type="saml", extra_data={"uid": ["u1"], "roles": ["a", "b"]})
    assert saml == {"uid": "u1", "roles": ["a", "b"]}


def test_oidc_providers_from_the_environment():
    entry = {"id": "moe", "name": "Ministry", "server_url": "https://id.moe.example/realms/t", "client_id": "c"}
    raw = json.dumps([{**entry, "secret": "s", "roles_map": {"t": "Teacher"}, "national_id_claim": "nid"}])
    app = socialaccount_providers(oidc=raw, saml="")["openid_connect"]["APPS"][0]
    assert (app["provider_id"], app["client_id"], app["secret"]) == ("moe", "c", "s")
    assert app["settings"]["oauth_pkce_enabled"] is True
    assert app["settings"]["national_id_claim"] == "nid"
    assert provider_origins(oidc=raw, saml="") == ["https://id.moe.example"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [("{not json", "not valid JSON"), ('{"id": "x"}', "JSON list of objects"),
     ('[{"id": "moe", "name": "M"}]', "lacks server_url, client_id")],
)  # fmt: skip
def test_a_bad_provider_list_stops_start_up_with_the_reason(raw, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        socialaccount_providers(oidc=raw, saml="")


def test_a_mapping_to_a_role_we_do_not_have_fails_the_system_check(settings):
    raw = json.dumps([{"id": "moe", "name": "Ministry", "server_url": "https://id.example", "client_id": "c",
                       "roles_map": {"boss": "Superhero"}}])  # fmt: skip
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers(oidc=raw, saml="")
    with pytest.raises(SystemCheckError, match="sso.E002"):
        call_command("check")


def test_the_providers_origins_are_allowed_as_form_targets():
    # Settings are read once at start-up: a fresh interpreter, as a deployment would start with these variables.
    import os
    import subprocess
    import sys
    from pathlib import Path

    oidc = json.dumps([{"id": "moe", "name": "M", "server_url": "https://id.moe.example/realms/t", "client_id": "c"}])
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "OIDC_PROVIDERS": oidc,
        "SSO_FORM_ACTION_ORIGINS": "https://login.other.example",
    }
    code = "from django.conf import settings; print(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['form-action'])"
    root = Path(__file__).resolve().parent.parent.parent
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, check=True)

    assert out.stdout.strip() == "[\"'self'\", 'https://id.moe.example', 'https://login.other.example']"
