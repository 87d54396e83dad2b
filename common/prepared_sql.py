"""A hot query planned once per database connection, not once per request (ADR 0211).

Django binds parameters on the client: the values are written into the SQL text, so every code a visitor types makes
a new statement that PostgreSQL parses and plans again. For the verification page's two-table lookup, planning cost
the server twice what running it did (0.17 ms a query against 0.06 ms prepared, pgbench, one client). A cursor that
binds on the server sends one text with `$1, $2…` and asks psycopg to prepare it, so each connection plans it once.

Django turns prepared statements off for every query, so that transaction-pooling PgBouncer before 1.21 keeps
working (a statement prepared on one server connection is unknown to the next). Behind such a pooler, set
DATABASE_PREPARED_LOOKUPS=False; the lookups then run as any other query.
"""

import functools
import sys

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections


@functools.cache
def _postgresql() -> tuple:
    import psycopg
    from django.db.backends.postgresql.psycopg_any import register_tzloader
    from psycopg.pq import Format

    class PreparedCursor(psycopg.Cursor):  # binds on the server: one text whatever the values, so it can be prepared
        def execute(self, query, params=None, *, prepare=None, binary=None):
            return super().execute(query, params, prepare=True, binary=binary)

    return PreparedCursor, register_tzloader, (psycopg.adapters.types["timestamptz"].oid, Format.TEXT)


def prepared_cursor(*, using: str = DEFAULT_DB_ALIAS):
    """A Django cursor whose queries are prepared (PostgreSQL), or a plain one (SQLite, or prepared lookups turned
    off). Queries still go through Django's wrappers: counted by tests, logged, errors translated."""
    db = connections[using]  # once: each attribute read through django.db.connection costs a context-local lookup
    if db.vendor != "postgresql" or not settings.DATABASE_PREPARED_LOOKUPS:
        return db.cursor()
    cursor_class, register_tzloader, timestamptz = _postgresql()
    db.close_if_health_check_failed()
    db.ensure_connection()
    with db.wrap_database_errors:
        raw = db.connection
        if raw.prepare_threshold is None:
            # Django's "never prepare": these cursors ask for it each time; Django's own (client-side binding)
            # cannot be prepared at all, so a threshold no count reaches leaves every other query as it was.
            raw.prepare_threshold = sys.maxsize
        cursor = cursor_class(raw)
        if db.timezone != raw.adapters.get_loader(*timestamptz).timezone:  # as Django's cursors read timestamps
            register_tzloader(db.timezone, cursor)
        db.validate_thread_sharing()
        return db.make_debug_cursor(cursor) if db.queries_logged else db.make_cursor(cursor)
