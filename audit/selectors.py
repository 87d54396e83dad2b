"""Reading the audit log."""

from django.db.models import QuerySet

from .models import AuditEvent


def audit_events(*, action: str = "", target_type: str = "", target_id: str = "") -> QuerySet[AuditEvent]:
    """Newest first; `action` matches a prefix ("certificate." is every certificate event)."""
    events = AuditEvent.objects.all()
    if action:
        events = events.filter(action__startswith=action)
    if target_type:
        events = events.filter(target_type=target_type)
    if target_id:
        events = events.filter(target_id=target_id)
    return events.order_by("-at", "-id")


def audit_can_read(*, user) -> bool:
    """Administrators only (the Administrator role's audit.view_auditevent, or a superuser)."""
    return user.is_authenticated and user.is_active and user.has_perm("audit.view_auditevent")
