"""Writing certificates: issue, re-issue, revoke, remind. Reads are in certificates.selectors."""

from .issue import (
    CertificateError,
    certificate_issue,
    certificate_issue_for_attainment,
    certificate_reissue,
    certificate_revoke,
    certificates_issue_pending,
)
from .reminders import certificate_expiry_reminders_send

__all__ = [
    "CertificateError",
    "certificate_expiry_reminders_send",
    "certificate_issue",
    "certificate_issue_for_attainment",
    "certificate_reissue",
    "certificate_revoke",
    "certificates_issue_pending",
]
