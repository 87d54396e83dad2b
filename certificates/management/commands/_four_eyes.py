"""The four-eyes options shared by issue_certificate and revoke_certificate (ADR 0113)."""

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from certificates.services import CertificateError, certificate_request_approve


def four_eyes_arguments(parser) -> None:
    parser.add_argument("--requested-by", dest="requested_by", help="username of the person asking (required)")
    parser.add_argument(
        "--approved-by",
        dest="approved_by",
        help="username of another certification officer who approves; without it the request waits in the admin",
    )
    parser.add_argument("--reason", help="why (required): shown on the verification page once approved")


def user_named(username: str, *, option: str):
    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(f"{option}: no active user named {username!r}.")
    return user


def requester_and_reason(*, requested_by: str | None, reason: str | None):
    if not requested_by or not (reason or "").strip():
        raise CommandError(
            "Issuing or revoking by hand needs four eyes: give --requested-by USER and --reason TEXT "
            "(and --approved-by OFFICER to approve at once)."
        )
    return user_named(requested_by, option="--requested-by"), reason.strip()


def approve_if_asked(command, *, request, approved_by: str | None):
    """Approve with `approved_by` when given; otherwise report the request waiting. The certificate or None."""
    if not approved_by:
        command.stderr.write(
            f"Request {request.pk} waits for a certification officer (Wagtail admin: Certificate requests)."
        )
        return None
    approver = user_named(approved_by, option="--approved-by")
    try:
        decided = certificate_request_approve(request_id=request.pk, approver=approver)
    except CertificateError as exc:
        raise CommandError(str(exc)) from exc
    return decided.result
