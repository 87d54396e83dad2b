"""Writing certificates: issue, re-issue, revoke, remind; by hand only through an approved request (requests.py).

Reads are in certificates.selectors.
"""

from .endorsements import EndorsementError, endorsement_issue, endorsement_revoke, endorsement_take_down
from .issue import (
    CertificateError,
    certificate_issue,
    certificate_issue_for_attainment,
    certificate_reissue,
    certificate_revoke,
    certificates_issue_pending,
)
from .reminders import certificate_expiry_reminders_send
from .requests import (
    certificate_request_approve,
    certificate_request_create,
    certificate_request_reject,
    certificate_request_withdraw,
    certificate_requests_create,
)

__all__ = [
    "CertificateError",
    "EndorsementError",
    "certificate_expiry_reminders_send",
    "certificate_issue",
    "certificate_issue_for_attainment",
    "certificate_reissue",
    "certificate_request_approve",
    "certificate_request_create",
    "certificate_request_reject",
    "certificate_request_withdraw",
    "certificate_requests_create",
    "certificate_revoke",
    "certificates_issue_pending",
    "endorsement_issue",
    "endorsement_revoke",
    "endorsement_take_down",
]
