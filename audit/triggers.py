"""The SQL of the append-only triggers, by database vendor (ADR 0114); migrations 0002 and 0003 install them.

Since 0003 (ADR 0152) the one exception is age: an event older than FLOOR_YEARS may be deleted, so the retention
task can end what AUDIT_RETENTION_YEARS keeps. A younger event stays whatever a setting, a shell or raw SQL says.
"""

TABLE = "audit_auditevent"
MESSAGE = "audit events are append-only"
FLOOR_YEARS = 5

SQLITE_CREATE_UPDATE = (
    f"CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON {TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
)
# Django stores SQLite datetimes as "YYYY-MM-DD HH:MM:SS.ffffff" in UTC, which compares as text with datetime().
SQLITE_CREATE_DELETE = (
    f"CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON {TABLE} "
    f"WHEN OLD.at >= datetime('now', '-{FLOOR_YEARS} years') "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
)
SQLITE_CREATE_DELETE_ALWAYS = (
    f"CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON {TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
)
SQLITE_DROP_DELETE = "DROP TRIGGER IF EXISTS audit_event_no_delete"

PG_FUNCTION = f"""CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND OLD.at < now() - interval '{FLOOR_YEARS} years' THEN RETURN OLD; END IF;
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
        END;
        $$ LANGUAGE plpgsql"""
PG_FUNCTION_ALWAYS = f"""CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation'; END;
        $$ LANGUAGE plpgsql"""

# Migration 0002 (as first written: no exception).
FORWARD = {
    "postgresql": [
        PG_FUNCTION_ALWAYS,
        f"""CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON {TABLE}
        FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()""",
    ],
    "sqlite": [SQLITE_CREATE_UPDATE, SQLITE_CREATE_DELETE_ALWAYS],
}
BACKWARD = {
    "postgresql": [
        f"DROP TRIGGER IF EXISTS audit_event_append_only ON {TABLE}",
        "DROP FUNCTION IF EXISTS audit_event_refuse_change()",
    ],
    "sqlite": ["DROP TRIGGER IF EXISTS audit_event_no_update", SQLITE_DROP_DELETE],
}
# Migration 0003: events older than FLOOR_YEARS may be deleted.
RETENTION_FORWARD = {
    "postgresql": [PG_FUNCTION],
    "sqlite": [SQLITE_DROP_DELETE, SQLITE_CREATE_DELETE],
}
RETENTION_BACKWARD = {
    "postgresql": [PG_FUNCTION_ALWAYS],
    "sqlite": [SQLITE_DROP_DELETE, SQLITE_CREATE_DELETE_ALWAYS],
}
