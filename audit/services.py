"""Writing to the audit log: one function, used by every app that records what people did (ADR 0114)."""

from django.db import models

from .models import AuditEvent


def _target(target) -> tuple[str, str, str]:
    if target is None:
        return "", "", ""
    if isinstance(target, models.Model):
        return target._meta.label_lower, str(target.pk), str(target)[:255]
    return "", "", str(target)[:255]


def audit_record(
    *, actor, action: str, target=None, reason: str = "", data: dict | None = None, label: str = ""
) -> AuditEvent:
    """Append one event. Call it inside the transaction of the change it records, so both commit or neither does.

    `actor` is a user or None (the system); `target` a model instance (or a label); `data` JSON-serialisable facts;
    `label` names the target for people when str(target) would not.
    """
    target_type, target_id, target_label = _target(target)
    target_label = label[:255] or target_label
    authenticated = actor is not None and getattr(actor, "is_authenticated", False)
    return AuditEvent.objects.create(
        action=action,
        actor_id=actor.pk if authenticated else None,
        actor_label=actor.get_username() if authenticated else "",
        target_type=target_type,
        target_id=target_id,
        target_label=target_label,
        reason=reason or "",
        data=data or {},
    )


def audit_purge(*, before) -> int:
    """Delete events older than `before` (the retention task, ADR 0152). The model refuses deletes, so this is the
    one path; the database refuses any event younger than audit.triggers.FLOOR_YEARS whatever `before` says."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditEvent._meta.db_table} WHERE at < %s", [before])
        return cursor.rowcount
