"""What each role may do with certificates (collected by accounts.roles; ADR 0113)."""

from accounts.roles import Role

# Asking for a certificate to be issued, re-issued or revoked by hand; another person approves (ADR 0113).
_REQUEST = [
    "certificates.view_certificate",
    "certificates.add_certificaterequest",
    "certificates.view_certificaterequest",
]
# Deciding such requests. Nobody holds add_certificate or revoke_certificate any more: only an approved request
# issues or revokes by hand.
_APPROVE = [*_REQUEST, "certificates.approve_certificaterequest"]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.TRAINER: _REQUEST,
    Role.ADMINISTRATOR: [*_REQUEST, "certificates.change_certificatesettings"],
    Role.CERTIFICATION_OFFICER: _APPROVE,
}
# Held in an earlier release and taken back by roles_sync.
ROLE_PERMISSIONS_WITHDRAWN: dict[str, list[str]] = {
    Role.TRAINER: ["certificates.add_certificate", "certificates.revoke_certificate"],
    Role.ADMINISTRATOR: ["certificates.add_certificate", "certificates.revoke_certificate"],
}
