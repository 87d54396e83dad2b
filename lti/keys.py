"""Our signing key: made on first use, published as a JWKS, used to sign what we send to platforms."""

import json
import time
import uuid

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.db import IntegrityError, transaction
from jwt.algorithms import RSAAlgorithm

from .models import ToolKey


def tool_key_current() -> ToolKey:
    key = ToolKey.objects.filter(is_active=True).order_by("-created_at", "-pk").first()
    if key is not None:
        return key
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    try:
        with transaction.atomic():
            return ToolKey.objects.create(kid=uuid.uuid4().hex, private_pem=pem)
    except IntegrityError:  # pragma: no cover (two first launches at once: the other one's key wins)
        return ToolKey.objects.filter(is_active=True).order_by("-created_at", "-pk").first()


def tool_jwks() -> dict:
    tool_key_current()
    keys = []
    for key in ToolKey.objects.filter(is_active=True).order_by("created_at"):
        private = serialization.load_pem_private_key(key.private_pem.encode(), password=None)
        jwk = json.loads(RSAAlgorithm.to_jwk(private.public_key()))
        keys.append({**jwk, "kid": key.kid, "alg": "RS256", "use": "sig"})
    return {"keys": keys}


def tool_sign(*, claims: dict, lifetime: int = 300) -> str:
    key = tool_key_current()
    now = int(time.time())
    payload = {"iat": now, "exp": now + lifetime, "jti": uuid.uuid4().hex, **claims}
    return jwt.encode(payload, key.private_pem, algorithm="RS256", headers={"kid": key.kid})
