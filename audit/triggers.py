"""The SQL of the append-only triggers, by database vendor (ADR 0114); migration 0002 installs them."""

TABLE = "audit_auditevent"
MESSAGE = "audit events are append-only"

SQLITE_CREATE_UPDATE = (
    f"CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON {TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
)
SQLITE_CREATE_DELETE = (
    f"CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON {TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
)
SQLITE_DROP_DELETE = "DROP TRIGGER IF EXISTS audit_event_no_delete"

FORWARD = {
    "postgresql": [
        f"""CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation'; END;
        $$ LANGUAGE plpgsql""",
        f"""CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON {TABLE}
        FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()""",
    ],
    "sqlite": [SQLITE_CREATE_UPDATE, SQLITE_CREATE_DELETE],
}
BACKWARD = {
    "postgresql": [
        f"DROP TRIGGER IF EXISTS audit_event_append_only ON {TABLE}",
        "DROP FUNCTION IF EXISTS audit_event_refuse_change()",
    ],
    "sqlite": ["DROP TRIGGER IF EXISTS audit_event_no_update", SQLITE_DROP_DELETE],
}
