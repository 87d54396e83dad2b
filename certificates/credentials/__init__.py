"""Open Badges 3.0 verifiable credentials: build, sign (eddsa-rdfc-2022), verify offline, revocation status lists.

The reference files in contexts/ and schema/ are copies of 1EdTech / W3C publications; keep them unchanged."""

from .build import credential_build, issuer_id, issuer_url
from .jsonld import undefined_terms
from .schema import credential_validate_schema
from .sign import CredentialSigningError, credential_sign
from .status_credential import status_list_credential_build, status_list_revoked
from .status_list import StatusListError, status_list_decode, status_list_encode, status_list_is_set
from .verify import CredentialCheck, credential_verify

__all__ = [
    "CredentialCheck",
    "CredentialSigningError",
    "StatusListError",
    "credential_build",
    "credential_sign",
    "credential_validate_schema",
    "credential_verify",
    "issuer_id",
    "issuer_url",
    "status_list_credential_build",
    "status_list_decode",
    "status_list_encode",
    "status_list_is_set",
    "status_list_revoked",
    "undefined_terms",
]
