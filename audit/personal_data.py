"""Audit events about a person, for the privacy export (privacy.registry, ADR 0151).

Nothing is erased: the log is append-only (ADR 0114) and is kept for AUDIT_RETENTION_YEARS as the record of who
decided what (ADR 0152). An erasure adds its own event under the pseudonym.
"""

from django.db.models import Q

from .models import AuditEvent


def export(*, user) -> dict[str, list[dict]]:
    about = (
        Q(actor_id=user.pk)
        | Q(target_type="accounts.user", target_id=str(user.pk))
        | Q(data__teacher_id=user.pk)
        | Q(data__holder_id=user.pk)
    )
    events = AuditEvent.objects.filter(about).order_by("at", "id")
    return {
        "audit_events": list(
            events.values("at", "action", "actor_label", "target_type", "target_id", "target_label", "reason", "data")
        )
    }
