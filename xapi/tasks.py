"""django-q tasks: sending is idempotent, so a task run twice or handed back on a stop sends nothing twice."""

from .services import outbox_send_pending


def xapi_send_pending_task() -> dict[str, int]:
    return outbox_send_pending()
