"""Prepare the test provider's database: tables, a signing key, the users of OIDC_TEST_USERS and one client.

Run as `python -m tests.support.oidc_provider.bootstrap` with the variables of settings.py and OIDC_TEST_CLIENT_ID,
OIDC_TEST_CLIENT_SECRET and OIDC_TEST_REDIRECT_URIS (space-separated) set.
"""

import json
import os

import django


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.support.oidc_provider.settings")
    django.setup()
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from oidc_provider.models import Client, ResponseType, RSAKey

    call_command("migrate", verbosity=0)
    if not RSAKey.objects.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )
        RSAKey.objects.create(key=pem.decode())
    with open(os.environ["OIDC_TEST_USERS"], encoding="utf-8") as handle:
        users = json.load(handle)
    for username, entry in users.items():
        user, _ = User.objects.get_or_create(username=username)
        user.set_password(entry["password"])
        user.email = entry["claims"].get("email", "")
        user.save()
    client, _ = Client.objects.update_or_create(
        client_id=os.environ["OIDC_TEST_CLIENT_ID"],
        defaults={
            "name": "ICT-CFT platform",
            "client_type": "confidential",
            "client_secret": os.environ["OIDC_TEST_CLIENT_SECRET"],
            "jwt_alg": "RS256",
            "require_consent": True,
            "reuse_consent": False,
        },
    )
    client.redirect_uris = os.environ["OIDC_TEST_REDIRECT_URIS"].split()
    client.save()
    client.response_types.set([ResponseType.objects.get(value="code")])


if __name__ == "__main__":
    main()
