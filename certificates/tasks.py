"""django-q tasks. Arguments are ids, so a task stays valid however long it waits in the queue."""

from .services import certificate_expiry_reminders_send, certificate_issue_for_attainment, certificates_issue_pending
from .services.page_content import verify_contents_refresh, verify_contents_render_all


def certificate_issue_task(attainment_id: int) -> str | None:
    certificate = certificate_issue_for_attainment(attainment_id=attainment_id)
    return certificate.code if certificate else None


def certificate_expiry_reminders_task() -> int:
    return certificate_expiry_reminders_send()


def certificates_issue_pending_task() -> int:
    return certificates_issue_pending()


def verify_contents_refresh_task() -> int:
    return verify_contents_refresh()


def verify_contents_render_range_task(from_id: int, below_id: int) -> int:
    """A share of `verify_pages_render --queue`: the certificates with from_id <= id < below_id."""
    return verify_contents_render_all(from_id=from_id, below_id=below_id)
